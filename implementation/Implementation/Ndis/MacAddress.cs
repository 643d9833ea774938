// NDIS room: A 48-bit IEEE 802 MAC address.
using System.Globalization;

namespace SriovVerification.Implementation.Ndis;

/// <summary>A 48-bit IEEE 802 MAC address.</summary>
/// <param name="Value">The address in the low 48 bits, first octet most significant.</param>
public readonly record struct MacAddress(ulong Value)
{
    /// <summary>Size on the wire in bytes.</summary>
    public const int SizeBytes = 6;

    /// <summary>Whether the address is unicast (group bit of the first octet clear) and not all zeros.</summary>
    public bool IsUnicast => Value != 0 && (Value & 0x0100_0000_0000UL) == 0 && Value <= 0xFFFF_FFFF_FFFFUL;

    /// <summary>Writes the six octets, first octet first.</summary>
    public void WriteTo(Span<byte> destination)
    {
        for (var i = 0; i < SizeBytes; i++)
        {
            destination[i] = (byte)(Value >> (8 * (SizeBytes - 1 - i)));
        }
    }

    /// <summary>Reads six octets, first octet first.</summary>
    public static MacAddress ReadFrom(ReadOnlySpan<byte> source)
    {
        ulong value = 0;
        for (var i = 0; i < SizeBytes; i++)
        {
            value = (value << 8) | source[i];
        }

        return new MacAddress(value);
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        Span<byte> octets = stackalloc byte[SizeBytes];
        WriteTo(octets);
        return string.Join("-", octets.ToArray().Select(o => o.ToString("X2", CultureInfo.InvariantCulture)));
    }
}
