// PCI room: the PF's 4 KiB configuration space with its SR-IOV extended capability.
using System.Buffers.Binary;
using SriovVerification.Implementation.Snapshots;

namespace SriovVerification.Implementation.Pci;

/// <summary>
/// The PF's 4 KiB configuration space with its SR-IOV extended capability. Writes go through the capability's rules:
/// NumVFs is writable only while VF Enable is clear; VF Enable is set only with 0 &lt; NumVFs ≤ TotalVFs; First VF
/// Offset and VF Stride are recomputed when NumVFs is written.
/// </summary>
internal sealed class PfConfigSpace
{
    public const int SizeBytes = 4096;
    private readonly CopyOnWriteBytes bytes = new(new byte[SizeBytes]);
    private readonly AdapterOptions options;
    private readonly List<string> enableAccesses = [];

    public PfConfigSpace(AdapterOptions options)
    {
        this.options = options;
        Word(PciRegisters.VendorId, 0x8086);
        Word(PciRegisters.DeviceId, 0x1572);
        Word(PciRegisters.Command, 0x0006);
        Word(PciRegisters.Status, PciRegisters.StatusCapabilitiesList);
        var writable = bytes.Writable;
        writable[PciRegisters.ClassCode + 2] = 0x02;
        writable[PciRegisters.CapabilitiesPointer] = PciRegisters.PcieCapability;
        writable[PciRegisters.PcieCapability] = 0x10;
        Word(PciRegisters.PcieCapability + 2, 0x0002);
        BinaryPrimitives.WriteUInt32LittleEndian(writable[PciRegisters.PcieDeviceCapabilities..], PciRegisters.DeviceCapabilitiesFlr);
        BinaryPrimitives.WriteUInt32LittleEndian(writable[PciRegisters.SriovCapability..], 0x0001_0010);
        Word(PciRegisters.SriovInitialVfs, options.TotalVfs);
        Word(PciRegisters.SriovTotalVfs, options.TotalVfs);
        Word(PciRegisters.SriovVfDeviceId, options.VfDeviceId);
        BinaryPrimitives.WriteUInt32LittleEndian(writable[PciRegisters.SriovSupportedPageSizes..], 0x0553);
        BinaryPrimitives.WriteUInt32LittleEndian(writable[PciRegisters.SriovSystemPageSize..], (uint)options.SystemPageSize);
        BinaryPrimitives.WriteUInt32LittleEndian(writable[PciRegisters.SriovVfBar0..], 0x0000_000C);
    }

    public int TotalVfs => ReadWord(PciRegisters.SriovTotalVfs);

    public int InitialVfs => ReadWord(PciRegisters.SriovInitialVfs);

    public int NumVfs => ReadWord(PciRegisters.SriovNumVfs);

    public bool VfEnable => (ReadWord(PciRegisters.SriovControl) & PciRegisters.SriovControlVfEnable) != 0;

    public bool VfMemorySpaceEnable => (ReadWord(PciRegisters.SriovControl) & PciRegisters.SriovControlVfMemorySpaceEnable) != 0;

    public int FirstVfOffset => ReadWord(PciRegisters.SriovFirstVfOffset);

    public int VfStride => ReadWord(PciRegisters.SriovVfStride);

    public int VfDeviceId => ReadWord(PciRegisters.SriovVfDeviceId);

    public int SystemPageSize => (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.Span[PciRegisters.SriovSystemPageSize..]);

    /// <summary>VF BAR0 … BAR5.</summary>
    public IReadOnlyList<uint> VfBars => [.. Enumerable.Range(0, 6).Select(i => BinaryPrimitives.ReadUInt32LittleEndian(bytes.Span[(PciRegisters.SriovVfBar0 + (4 * i))..]))];

    /// <summary>The driver's accesses to the capability since VF Enable was last clear, in order (register names).</summary>
    public IReadOnlyList<string> EnableAccesses => enableAccesses;

    public int ReadWord(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(bytes.Span[offset..]);

    /// <summary>The driver reads First VF Offset and VF Stride (recorded in <see cref="EnableAccesses"/>).</summary>
    public (int FirstVfOffset, int VfStride) ReadRouting()
    {
        enableAccesses.Add("FirstVFOffset");
        enableAccesses.Add("VFStride");
        return (FirstVfOffset, VfStride);
    }

    public void Read(int offset, Span<byte> destination) => bytes.Span.Slice(offset, destination.Length).CopyTo(destination);

    /// <summary>A configuration write of a 16-bit register, as the PF miniport issues it.</summary>
    public void WriteWord(int offset, int value)
    {
        switch (offset)
        {
            case PciRegisters.SriovNumVfs:
                if (!VfEnable)
                {
                    Word(offset, value);
                    var (firstVfOffset, vfStride) = RoutingFor(value);
                    Word(PciRegisters.SriovFirstVfOffset, firstVfOffset);
                    Word(PciRegisters.SriovVfStride, vfStride);
                    if (value == 0)
                    {
                        enableAccesses.Clear();
                    }
                    else
                    {
                        enableAccesses.Add("NumVFs");
                    }
                }

                break;
            case PciRegisters.SriovControl:
                var enable = (value & PciRegisters.SriovControlVfEnable) != 0;
                if (enable && !VfEnable && !VfEnableAllowed())
                {
                    value &= ~PciRegisters.SriovControlVfEnable;
                }

                Word(offset, value & (PciRegisters.SriovControlVfEnable | PciRegisters.SriovControlVfMemorySpaceEnable));
                if (VfEnable)
                {
                    enableAccesses.Add("VFEnable");
                }
                else
                {
                    enableAccesses.Clear();
                }

                break;
            default:
                break;
        }
    }

    /// <summary>First VF Offset and VF Stride the device shows for <paramref name="numVfs"/> (0 and 0 for none).</summary>
    private (int FirstVfOffset, int VfStride) RoutingFor(int numVfs)
    {
        if (numVfs <= 0)
        {
            return (0, 0);
        }

        var row = options.VfRoutingTable.LastOrDefault(r => r.NumVfs <= numVfs);
        return row is null ? (options.FirstVfOffset, options.VfStride) : (row.FirstVfOffset, row.VfStride);
    }

    private bool VfEnableAllowed()
    {
        if (options.Has(DefectCatalog.NumVfsAboveTotalVfs))
        {
            return NumVfs > 0;
        }

        return NumVfs > 0 && NumVfs <= TotalVfs;
    }

    private void Word(int offset, int value) => BinaryPrimitives.WriteUInt16LittleEndian(bytes.Writable[offset..], (ushort)value);
}
