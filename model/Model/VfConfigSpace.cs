// The modelled bytes of a VF's PCI config space: IDs, the Command register, MSI and MSI-X.
namespace SriovVerification.Model;

/// <summary>
/// The modelled bytes of a VF's PCI configuration space (<c>docs/MODEL.md</c>, "The modelled bytes of a VF's config
/// space"): Vendor/Device ID, the Command register, the MSI and the MSI-X capability. Every other byte is not modelled.
/// </summary>
public static class VfConfigSpace
{
    /// <summary>Offset of the Vendor ID (2 bytes, reads 0xFFFF in a VF).</summary>
    public const int VendorIdOffset = 0x00;

    /// <summary>Offset of the Device ID (2 bytes, reads 0xFFFF in a VF).</summary>
    public const int DeviceIdOffset = 0x02;

    /// <summary>Offset of the Command register (2 bytes).</summary>
    public const int CommandOffset = 0x04;

    /// <summary>The read-write bits of a VF's Command register: Bus Master Enable.</summary>
    public const int CommandBusMasterEnable = 0x0004;

    /// <summary>Offset of the MSI capability header (capability id 0x05, next 0x70: the MSI-X capability).</summary>
    public const int MsiCapabilityOffset = 0x60;

    /// <summary>Offset of the MSI Message Control register (2 bytes: 64-bit capable, one vector).</summary>
    public const int MsiControlOffset = 0x62;

    /// <summary>The MSI Enable bit of Message Control.</summary>
    public const int MsiEnableBit = 0x0001;

    /// <summary>The read-only bits of the MSI Message Control register: 64-bit address capable, Multiple Message Capable 0.</summary>
    public const int MsiControlReadOnly = 0x0080;

    /// <summary>Offset of the MSI-X capability header (capability id 0x11, next 0).</summary>
    public const int MsixCapabilityOffset = 0x70;

    /// <summary>Offset of the MSI-X Message Control register (2 bytes).</summary>
    public const int MsixControlOffset = 0x72;

    /// <summary>The MSI-X Enable bit of Message Control.</summary>
    public const int MsixEnableBit = 0x8000;

    /// <summary>The byte at <paramref name="offset"/> of <paramref name="vf"/>'s config space, or -1 when the model does not define it.</summary>
    public static int ModelledByte(VfState vf, int offset) => offset switch
    {
        0x00 or 0x01 or 0x02 or 0x03 => 0xFF,
        0x04 => vf.CommandRegister & 0xFF,
        0x05 => (vf.CommandRegister >> 8) & 0xFF,
        0x60 => 0x05,
        0x61 => MsixCapabilityOffset,
        0x62 => MsiControlReadOnly | (vf.MsiEnabled ? MsiEnableBit : 0),
        0x63 => 0x00,
        0x70 => 0x11,
        0x71 => 0x00,
        0x72 => 0x03,
        0x73 => vf.MsixEnabled ? 0x80 : 0x00,
        _ => -1,
    };

    /// <summary>
    /// The little-endian value of <paramref name="length"/> bytes at <paramref name="offset"/>, or null when
    /// <paramref name="length"/> exceeds 4 or a byte read is not modelled.
    /// </summary>
    public static uint? Read(VfState vf, int offset, int length)
    {
        if (length < 1 || length > 4)
        {
            return null;
        }

        uint value = 0;
        for (var i = 0; i < length; i++)
        {
            var b = ModelledByte(vf, offset + i);
            if (b < 0)
            {
                return null;
            }

            value |= (uint)b << (8 * i);
        }

        return value;
    }

    /// <summary>
    /// <paramref name="vf"/> after writing <paramref name="length"/> bytes at <paramref name="offset"/>: byte i is byte i of
    /// <paramref name="value"/> (0 beyond 4 bytes); only the read-write bits of modelled registers change.
    /// </summary>
    public static VfState Write(VfState vf, int offset, int length, uint value)
    {
        var command = vf.CommandRegister;
        var msix = vf.MsixEnabled;
        var msi = vf.MsiEnabled;
        var commandLow = CommandOffset - offset;
        if (commandLow >= 0 && commandLow < length)
        {
            var b = ByteOf(value, commandLow);
            command = (command & ~CommandBusMasterEnable) | (b & CommandBusMasterEnable);
        }

        var controlHigh = MsixControlOffset + 1 - offset;
        if (controlHigh >= 0 && controlHigh < length)
        {
            msix = (ByteOf(value, controlHigh) & 0x80) != 0;
        }

        var msiLow = MsiControlOffset - offset;
        if (msiLow >= 0 && msiLow < length)
        {
            msi = (ByteOf(value, msiLow) & MsiEnableBit) != 0;
        }

        return command == vf.CommandRegister && msix == vf.MsixEnabled && msi == vf.MsiEnabled
            ? vf
            : vf with { CommandRegister = command, MsixEnabled = msix, MsiEnabled = msi };
    }

    private static int ByteOf(uint value, int index) => index < 4 ? (int)((value >> (8 * index)) & 0xFF) : 0;
}
