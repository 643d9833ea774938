// Harness/Conformance: the abstraction's reading of one VF through the enumeration, config-space and config-block OIDs
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <summary>The abstraction's reading of one VF through the enumeration, config-space and config-block OIDs.</summary>
public static partial class Abstraction
{
    private static VfState ReadVf(I.Datacenter adapter, ModelConfig config, int h, I.Switch.VfSnapshot slot, I.Ndis.NdisNicSwitchVfInfo? info, ref List<string>? discrepancies)
    {
        var vfId = slot.VfId;
        var owner = -1;
        var rid = slot.Rid;
        if (info is { } listed)
        {
            owner = AdapterDriver.VmOfName(listed.VMName);
            rid = (int)listed.RequestorId;
            var expectedMac = owner >= 0 && owner < config.VmCount ? config.MacAddress(owner) : 0;
            if (listed.CurrentMacAddress.Value != expectedMac)
            {
                ReportText(ref discrepancies, h, $"vf{vfId}.MacAddress", Enumerations.Mac(expectedMac), Enumerations.Mac(listed.CurrentMacAddress.Value));
            }
        }
        else
        {
            if (slot.IsAllocated)
            {
                ReportText(ref discrepancies, h, $"vf{vfId}.Listed", "listed by ENUM_VFS (allocated)", "not listed");
            }

            if (slot.MacAddress.Value != 0 || slot.NicName.Length != 0)
            {
                ReportText(ref discrepancies, h, $"vf{vfId}.MacNic", "00-00-00-00-00-00/ (free slot)", $"{Enumerations.Mac(slot.MacAddress.Value)}/{slot.NicName}");
            }
        }

        var (command, msix, msi) = info is null
            ? (slot.CommandRegister, slot.MsixEnabled, slot.MsiEnabled)
            : ReadCommandAndInterrupts(adapter, config, h, vfId, ref discrepancies);
        var blocks = info is null ? SnapshotBlocks(config, h, slot, ref discrepancies) : ReadBlocks(adapter, config, h, vfId, ref discrepancies);
        return new VfState(
            vfId,
            owner,
            rid,
            AdapterDriver.ToModel(slot.Device),
            slot.RemovalRequested,
            command,
            msix,
            slot.InterruptPending,
            slot.DmaActive,
            slot.PowerD3,
            ValueArray.Create<byte>(blocks),
            slot.PendingInvalidation)
        {
            MsiEnabled = msi,
            SpoofedFrames = SpoofCount(slot),
        };
    }

    /// <summary>The Command register and the MSI-X and MSI enable bits, read through the config-space OID.</summary>
    private static (int Command, bool Msix, bool Msi) ReadCommandAndInterrupts(I.Datacenter adapter, ModelConfig config, int h, int vfId, ref List<string>? discrepancies)
    {
        var command = ReadConfigSpace(adapter, config, h, vfId, VfConfigSpace.CommandOffset, ref discrepancies, out _);
        var control = ReadConfigSpace(adapter, config, h, vfId, VfConfigSpace.MsixCapabilityOffset, ref discrepancies, out _);
        var msix = ((control >> 16) & VfConfigSpace.MsixEnableBit) != 0;
        var msiControl = ReadConfigSpace(adapter, config, h, vfId, VfConfigSpace.MsiCapabilityOffset, ref discrepancies, out _);
        var msi = ((msiControl >> 16) & VfConfigSpace.MsiEnableBit) != 0;
        return (command & 0xFFFF, msix, msi);
    }

    /// <summary>The fill byte of each configured config block, read through the config-block OID.</summary>
    private static byte[] ReadBlocks(I.Datacenter adapter, ModelConfig config, int h, int vfId, ref List<string>? discrepancies)
    {
        var blocks = new byte[config.ConfigBlocks.Length];
        for (var b = 0; b < blocks.Length; b++)
        {
            var block = config.ConfigBlocks[b];
            var read = adapter.ReadVfConfigBlock(h, vfId, block.BlockId, block.SizeBytes);
            blocks[b] = read.Data is OidData.ConfigBlockRead bytes ? Fill(ref discrepancies, h, vfId, block.BlockId, bytes.Bytes) : (byte)0;
            if (!read.IsSuccess)
            {
                ReportText(ref discrepancies, h, $"vf{vfId}.block{block.BlockId}", "readable (allocated VF)", read.Status.ToString());
            }
        }

        return blocks;
    }

    /// <summary>The fill byte of each configured config block as the VF's snapshot holds it.</summary>
    private static byte[] SnapshotBlocks(ModelConfig config, int h, I.Switch.VfSnapshot slot, ref List<string>? discrepancies)
    {
        var blocks = new byte[config.ConfigBlocks.Length];
        for (var b = 0; b < blocks.Length && b < slot.ConfigBlocks.Count; b++)
        {
            blocks[b] = Fill(ref discrepancies, h, slot.VfId, config.ConfigBlocks[b].BlockId, slot.ConfigBlocks[b]);
        }

        return blocks;
    }

    /// <summary>The model's name index of a VPort name: 0 for the empty name, k for <c>vport-name-k</c>, -1 for any other.</summary>
    private static int NameIndexOf(string name)
    {
        for (var k = 0; k < 16; k++)
        {
            if (name == Command.SetVPortParameters.NameOf(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The model's affinity mask: group 0's mask, -1 for another group or a mask beyond 31 bits.</summary>
    private static int AffinityOf(I.Ndis.GroupAffinity affinity) => affinity.Group == 0 && affinity.Mask <= int.MaxValue ? (int)affinity.Mask : -1;

    /// <summary>The adapter's spoof counter as the model holds it: saturated at <see cref="SriovModel.SpoofCounterSaturation"/>.</summary>
    private static int SpoofCount(I.Switch.VfSnapshot slot) => Math.Min(slot.SpoofedFrames, SriovModel.SpoofCounterSaturation);

    /// <summary>
    /// Reads 4 bytes at <paramref name="offset"/> (0x04: Command and Status; 0x60: MSI id, next, Message Control; 0x70: MSI-X
    /// id, next, Message Control) and
    /// the 4 read-only bytes before it where the model defines them (Vendor/Device ID); reports modelled read-only bytes
    /// that differ from the model's values.
    /// </summary>
    private static int ReadConfigSpace(I.Datacenter adapter, ModelConfig config, int h, int vfId, int offset, ref List<string>? discrepancies, out bool ok)
    {
        var start = offset == VfConfigSpace.CommandOffset ? VfConfigSpace.VendorIdOffset : offset;
        var length = offset == VfConfigSpace.CommandOffset ? 8 : ReadOnlyBytesLength;
        var result = adapter.ReadVfConfigSpace(h, vfId, start, length, 0, length);
        ok = result.Data is OidData.ConfigSpaceRead { Bytes.Count: var count } && count == length;
        if (!ok || result.Data is not OidData.ConfigSpaceRead read)
        {
            ReportText(ref discrepancies, h, $"vf{vfId}.ConfigSpace@0x{offset:X2}", "readable (allocated VF)", result.Status.ToString());
            return 0;
        }

        for (var i = 0; i < length; i++)
        {
            var at = start + i;
            if (at is VfConfigSpace.CommandOffset or VfConfigSpace.CommandOffset + 1 or VfConfigSpace.MsixControlOffset + 1)
            {
                continue;
            }

            var modelled = VfConfigSpace.ModelledByte(ReadOnlyProbe, at);
            var readOnly = at == VfConfigSpace.MsiControlOffset ? read.Bytes[i] & ~VfConfigSpace.MsiEnableBit : read.Bytes[i];
            if (modelled >= 0 && readOnly != modelled)
            {
                ReportText(ref discrepancies, h, $"vf{vfId}.ConfigSpace[0x{at:X2}]", $"0x{modelled:X2}", $"0x{read.Bytes[i]:X2}");
            }
        }

        var first = offset - start;
        return read.Bytes[first] | (read.Bytes[first + 1] << 8) | (read.Bytes[first + 2] << 16) | (read.Bytes[first + 3] << 24);
    }

    private static readonly VfState ReadOnlyProbe = new(0, -1, 0, VfDeviceState.Absent, false, 0, false, false, false, false, [], 0);

    private static byte Fill(ref List<string>? discrepancies, int h, int vfId, int blockId, IReadOnlyList<byte> bytes)
    {
        if (bytes.Count == 0)
        {
            return 0;
        }

        var fill = bytes[0];
        for (var i = 1; i < bytes.Count; i++)
        {
            if (bytes[i] != fill)
            {
                ReportText(ref discrepancies, h, $"vf{vfId}.block{blockId}[{i}]", $"0x{fill:X2} (one fill byte)", $"0x{bytes[i]:X2}");
                break;
            }
        }

        return fill;
    }
}
