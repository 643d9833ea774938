// Switch room: one request the PF miniport completed, in order.

namespace SriovVerification.Implementation.Switch;

/// <summary>One request the PF miniport completed, in order.</summary>
/// <param name="Sequence">Its position in the host's log (0, 1, …).</param>
/// <param name="Name">The OID name, or the NDIS function name for <c>NdisMInvalidateConfigBlock</c>.</param>
/// <param name="Parameters">The key parameters, e.g. <c>VFId=1</c>.</param>
/// <param name="Status">The completion status.</param>
public sealed record OidLogEntry(long Sequence, string Name, string Parameters, NdisStatus Status)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Sequence} {Name}({Parameters}) -> {Status}";
}
