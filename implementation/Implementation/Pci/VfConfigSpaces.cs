// PCI room: the configuration spaces of all VFs in one backing array (VF k at k · size), with the defaults and the read-write byte mask every VF shares.
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SriovVerification.Implementation.Snapshots;

namespace SriovVerification.Implementation.Pci;

/// <summary>
/// The configuration spaces of all VFs in one backing array (VF k at k · size), with the defaults and the
/// read-write byte mask every VF shares. Writes from the PF miniport's config-space OIDs are masked; an FLR is
/// triggered only by the Initiate FLR bit written through the hardware path.
/// </summary>
internal sealed class VfConfigSpaces
{
    // Never written after construction: immutable, so a snapshot shares them instead of copying them.
    private readonly ImmutableArray<byte> defaults;
    private readonly ImmutableArray<byte> writableMask;
    private CopyOnWriteBytes backing = new([]);

    public VfConfigSpaces(int sizeBytes)
    {
        SizeBytes = sizeBytes;
        var defaultBytes = new byte[sizeBytes];
        var maskBytes = new byte[sizeBytes];
        WriteDefaults(defaultBytes);
        WriteMask(maskBytes);
        defaults = ImmutableCollectionsMarshal.AsImmutableArray(defaultBytes);
        writableMask = ImmutableCollectionsMarshal.AsImmutableArray(maskBytes);
    }

    public int SizeBytes { get; }

    private static void WriteDefaults(Span<byte> d)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(d[PciRegisters.VendorId..], 0xFFFF);
        BinaryPrimitives.WriteUInt16LittleEndian(d[PciRegisters.DeviceId..], 0xFFFF);
        BinaryPrimitives.WriteUInt16LittleEndian(d[PciRegisters.Status..], PciRegisters.StatusCapabilitiesList);
        d[PciRegisters.RevisionId] = 0x01;
        d[PciRegisters.ClassCode + 2] = 0x02;
        BinaryPrimitives.WriteUInt16LittleEndian(d[PciRegisters.SubsystemVendorId..], 0x8086);
        d[PciRegisters.CapabilitiesPointer] = PciRegisters.PcieCapability;
        d[PciRegisters.PcieCapability] = 0x10;
        d[PciRegisters.PcieCapability + 1] = PciRegisters.MsiCapability;
        BinaryPrimitives.WriteUInt16LittleEndian(d[(PciRegisters.PcieCapability + 2)..], 0x0002);
        BinaryPrimitives.WriteUInt32LittleEndian(d[PciRegisters.PcieDeviceCapabilities..], PciRegisters.DeviceCapabilitiesFlr);
        d[PciRegisters.MsiCapability] = 0x05;
        d[PciRegisters.MsiCapability + 1] = PciRegisters.MsixCapability;
        BinaryPrimitives.WriteUInt16LittleEndian(d[PciRegisters.MsiMessageControl..], PciRegisters.Msi64BitCapable);
        d[PciRegisters.MsixCapability] = 0x11;
        BinaryPrimitives.WriteUInt16LittleEndian(d[PciRegisters.MsixMessageControl..], PciRegisters.MsixTableSizeField);
        BinaryPrimitives.WriteUInt32LittleEndian(d[PciRegisters.MsixTable..], 0x0000_0003);
        BinaryPrimitives.WriteUInt32LittleEndian(d[PciRegisters.MsixPba..], 0x0000_0803);
    }

    private static void WriteMask(byte[] writableMask)
    {
        writableMask[PciRegisters.Command] = PciRegisters.CommandBusMaster;
        writableMask[PciRegisters.CacheLineSize] = 0xFF;
        writableMask[PciRegisters.InterruptLine] = 0xFF;
        writableMask[PciRegisters.PcieDeviceControl] = 0x0F;
        writableMask[PciRegisters.MsiMessageControl] = PciRegisters.MsiEnable;
        for (var i = 0; i < 10; i++)
        {
            // Message Address (low two bits reserved), Upper Address and Data: programmed by the VF's driver.
            writableMask[PciRegisters.MsiMessageAddress + i] = i == 0 ? (byte)0xFC : (byte)0xFF;
        }

        writableMask[PciRegisters.MsixMessageControl + 1] = PciRegisters.MsixEnable >> 8;
    }

    public int FunctionCount => backing.Length / SizeBytes;

    /// <summary>Gives every VF of a freshly enabled set its default configuration space.</summary>
    public void Enable(int vfCount)
    {
        backing = new(new byte[vfCount * SizeBytes]);
        for (var vf = 0; vf < vfCount; vf++)
        {
            RestoreDefaults(vf);
        }
    }

    public void Disable() => backing = new([]);

    public void RestoreDefaults(int vf) => defaults.AsSpan().CopyTo(backing.Writable[(vf * SizeBytes)..]);

    public int CommandRegister(int vf) => BinaryPrimitives.ReadUInt16LittleEndian(backing.Span[((vf * SizeBytes) + PciRegisters.Command)..]);

    public bool MsixEnabled(int vf) =>
        (BinaryPrimitives.ReadUInt16LittleEndian(backing.Span[((vf * SizeBytes) + PciRegisters.MsixMessageControl)..]) & PciRegisters.MsixEnable) != 0;

    public bool MsiEnabled(int vf) =>
        (BinaryPrimitives.ReadUInt16LittleEndian(backing.Span[((vf * SizeBytes) + PciRegisters.MsiMessageControl)..]) & PciRegisters.MsiEnable) != 0;

    public byte[] Snapshot(int vf) => backing.Span.Slice(vf * SizeBytes, SizeBytes).ToArray();

    /// <summary>Reads bytes at an absolute position of the backing array; bytes past its end read as all ones.</summary>
    public void ReadAbsolute(long position, Span<byte> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            var at = position + i;
            destination[i] = at >= 0 && at < backing.Length ? backing[at] : (byte)0xFF;
        }
    }

    /// <summary>
    /// A masked write at an absolute position of the backing array: each byte changes only the read-write bits of the
    /// register it lands in; bytes past the end of the array go nowhere.
    /// </summary>
    public void WriteMaskedAbsolute(long position, ReadOnlySpan<byte> data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            var at = position + i;
            if (at < 0 || at >= backing.Length)
            {
                continue;
            }

            var mask = writableMask[(int)(at % SizeBytes)];
            backing.Writable[(int)at] = (byte)((backing[at] & ~mask) | (data[i] & mask));
        }
    }

    /// <summary>
    /// The hardware write path of a VF's PCIe Device Control register: the Initiate Function Level Reset bit
    /// resets the function. Returns whether an FLR was performed.
    /// </summary>
    public bool WriteDeviceControl(int vf, int value)
    {
        if ((value & PciRegisters.DeviceControlInitiateFlr) != 0)
        {
            RestoreDefaults(vf);
            return true;
        }

        Span<byte> word = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(word, (ushort)value);
        WriteMaskedAbsolute((vf * (long)SizeBytes) + PciRegisters.PcieDeviceControl, word);
        return false;
    }
}
