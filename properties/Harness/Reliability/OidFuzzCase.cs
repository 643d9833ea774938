// Harness/Reliability: one malformed request drawn by CsCheck (OidFuzzSearch)
using System.Globalization;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Ndis;

namespace SriovVerification.Harness.Reliability;

/// <summary>
/// One malformed request drawn by CsCheck (<see cref="OidFuzzSearch"/>): the adapter state it is sent from, a request of
/// the deterministic generator (<see cref="MalformedRequestGenerator"/>), then byte edits and a truncation on top. Every
/// part is a plain value CsCheck shrinks: fewer edits, smaller offsets and values, no truncation, simpler seeds.
/// </summary>
/// <param name="StateSeed">Seeds the configuration, the datacenter and the drive to a reachable state.</param>
/// <param name="Category">The generator's category (index into <see cref="FuzzCategory"/>).</param>
/// <param name="RequestSeed">Seeds the generator's request.</param>
/// <param name="Edits">Bytes overwritten in the information buffer (offset taken modulo its length).</param>
/// <param name="TruncateBy">Bytes taken off the valid length (0: none).</param>
public sealed record OidFuzzCase(ulong StateSeed, int Category, ulong RequestSeed, (int Offset, byte Value)[] Edits, int TruncateBy)
{
    /// <summary>The request: the generator's, edited and truncated. Its expected status holds only without edits.</summary>
    public MalformedRequest Request(int vmCount)
    {
        var generated = new MalformedRequestGenerator(new DeterministicRandom(RequestSeed), vmCount).Next((FuzzCategory)Category);
        var buffer = generated.Request.InformationBuffer.ToArray();
        foreach (var (offset, value) in Edits)
        {
            if (buffer.Length > 0)
            {
                buffer[offset % buffer.Length] = value;
            }
        }

        var length = Math.Max(0, generated.Request.InformationBufferLength - TruncateBy);
        var request = new OidRequest(generated.Request.Oid, generated.Request.RequestType, buffer, length);
        return Edits.Length == 0 && TruncateBy == 0 ? generated with { Request = request } : generated with { Request = request, ExpectedStatus = null, ExpectedBytesNeeded = null };
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"state {SeedText.Format(StateSeed, 1)}, {(FuzzCategory)Category} from {SeedText.Format(RequestSeed, 1)}, edits [{string.Join(" ", Edits.Select(e => $"{e.Offset}={e.Value:X2}"))}], truncate {TruncateBy}");
}
