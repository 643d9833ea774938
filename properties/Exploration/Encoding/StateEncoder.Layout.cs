// Exploration/Encoding: writing and reading the sections of a key
using SriovVerification.Exploration.Symmetry;

namespace SriovVerification.Exploration.Encoding;

/// <summary>Writing and reading the sections of a key.</summary>
public sealed partial class StateEncoder
{
    /// <summary>Decodes a key written by <see cref="TryEncode(ModelState, Span{ulong}, out string?)"/>.</summary>
    public ModelState Decode(ReadOnlySpan<ulong> key)
    {
        var reader = new BitReader(key);
        var vms = new VmState[vmCount];
        for (var v = 0; v < vmCount; v++)
        {
            var host = reader.ReadInt(vmHostBits);
            var migrating = reader.ReadBool();
            var destination = reader.ReadInt(destinationBits) - 1;
            var path = (DataPath)reader.ReadInt(1);
            var connected = reader.ReadBool();
            vms[v] = new VmState(host, migrating, destination, path, connected);
        }

        var hosts = new HostState[hostCount];
        var vfBuffer = new List<VfState>(vfSlots);
        var vportBuffer = new List<VPortState>(vportSlots);
        var filterBuffer = new List<FilterState>(filterSlots);
        for (var h = 0; h < hostCount; h++)
        {
            var hasSwitch = reader.ReadBool();
            var external = reader.ReadBool();
            var switchNumVfs = reader.ReadInt(numVfsBits);
            var numVfs = reader.ReadInt(numVfsBits);
            var vfEnable = reader.ReadBool();
            var vfCount = reader.ReadInt(numVfsBits);
            var halted = reader.ReadBool();
            vfBuffer.Clear();
            for (var f = 0; f < vfSlots; f++)
            {
                var vf = ReadVf(ref reader, f);
                if (f < vfCount)
                {
                    vfBuffer.Add(vf);
                }
            }

            ReadVPorts(ref reader, vportBuffer);
            filterBuffer.Clear();
            for (var i = 0; i < filterSlots; i++)
            {
                var vportRef = reader.ReadInt(vportRefBits);
                var mac = reader.ReadInt(macBits) - macOffset;
                var vlan = vlans[reader.ReadInt(vlanBits)];
                var owner = reader.ReadInt(ownerBits) - 1;
                if (vportRef != 0)
                {
                    filterBuffer.Add(new FilterState(i + 1, vportRef - 1, mac, vlan, owner));
                }
            }

            ValueArray<NicSwitchState> switches = hasSwitch ? [new NicSwitchState(0, external, switchNumVfs)] : [];
            hosts[h] = new HostState(switches, numVfs, vfEnable, [.. vfBuffer], [.. vportBuffer], [.. filterBuffer]) { Halted = halted };
        }

        return new ModelState([.. hosts], [.. vms]);
    }

    /// <summary>Reads every VPort slot's record into <paramref name="into"/> (cleared first), keeping the present ones.</summary>
    private void ReadVPorts(ref BitReader reader, List<VPortState> into)
    {
        into.Clear();
        for (var p = 0; p < vportSlots; p++)
        {
            var present = reader.ReadBool();
            var attached = reader.ReadInt(attachBits) - 1;
            var activated = reader.ReadBool();
            var queuePairs = reader.ReadInt(queuePairBits);
            var name = reader.ReadInt(2);
            var moderation = Command.SetVPortParameters.Moderations[Math.Min(reader.ReadInt(3), Command.SetVPortParameters.Moderations.Count - 1)];
            var affinity = reader.ReadInt(2);
            var split = reader.ReadBool();
            var lookahead = LookaheadSizes[reader.ReadInt(1)];
            if (present)
            {
                into.Add(new VPortState(p, attached, activated, queuePairs)
                {
                    NameIndex = name,
                    InterruptModeration = moderation,
                    AffinityMask = affinity,
                    LookaheadSplit = split,
                    LookaheadSize = lookahead,
                });
            }
        }
    }

    private VfState ReadVf(ref BitReader reader, int vfId)
    {
        var owner = reader.ReadInt(ownerBits) - 1;
        var rid = reader.ReadBool() ? rids[vfId] : 0;
        var device = (VfDeviceState)reader.ReadInt(DeviceWidthBits);
        var removal = reader.ReadBool();
        var commandRegister = reader.ReadBool() ? 0x0004 : 0;
        var msix = reader.ReadBool();
        var msi = reader.ReadBool();
        var spoofed = reader.ReadInt(SpoofWidthBits);
        var interrupt = reader.ReadBool();
        var dma = reader.ReadBool();
        var d3 = reader.ReadBool();
        var blocks = new byte[blockCount];
        for (var b = 0; b < blockCount; b++)
        {
            blocks[b] = fills[reader.ReadInt(fillBits)];
        }

        var mask = reader.Read(maskBits);
        return new VfState(vfId, owner, rid, device, removal, commandRegister, msix, interrupt, dma, d3, [.. blocks], mask) { MsiEnabled = msi, SpoofedFrames = spoofed };
    }

    private bool TryWriteVms(ModelState state, StatePermutation? permutation, ref BitWriter writer, out string? exceededField)
    {
        for (var n = 0; n < vmCount; n++)
        {
            var old = permutation is null ? n : permutation.VmOldOfNew[n];
            if (!TryPackVm(state.Vms[old], out var bits, out exceededField))
            {
                return false;
            }

            writer.Write(bits, vmRecordBits);
        }

        exceededField = null;
        return true;
    }

    private bool TryWriteHost(ModelState state, int h, StatePermutation? permutation, ref BitWriter writer, out string? exceededField, UInt128[]? packedVfs = null)
    {
        var host = state.Hosts[h];
        return TryWriteHostHeader(host, h, ref writer, out exceededField)
            && TryWriteVfs(host, h, permutation, ref writer, out exceededField, packedVfs)
            && TryWriteVPorts(host, h, permutation, ref writer, out exceededField)
            && TryWriteFilters(host, h, permutation, ref writer, out exceededField);
    }

    /// <summary>The host's switch, VF counts and flags; false (naming the field) for values the layout has no room for.</summary>
    private bool TryWriteHostHeader(HostState host, int h, ref BitWriter writer, out string? exceededField)
    {
        if (host.Switches.Length > 1)
        {
            exceededField = $"Hosts[{h}].Switches.Length {host.Switches.Length}";
            return false;
        }

        var hasSwitch = host.Switches.Length == 1;
        var nicSwitch = hasSwitch ? host.Switches[0] : null;
        if (nicSwitch is not null && (nicSwitch.SwitchId != 0 || (uint)nicSwitch.NumVfs > (uint)vfSlots))
        {
            exceededField = $"Hosts[{h}].Switches[0] {nicSwitch} (SwitchId 0, NumVfs 0 … {vfSlots})";
            return false;
        }

        if ((uint)host.NumVfs > (uint)vfSlots || (uint)host.Vfs.Length > (uint)vfSlots)
        {
            exceededField = $"Hosts[{h}].NumVfs {host.NumVfs} / Vfs.Length {host.Vfs.Length} (VF slots: {vfSlots})";
            return false;
        }

        writer.Write(hasSwitch ? 1UL : 0, 1);
        writer.Write(nicSwitch is { External: true } ? 1UL : 0, 1);
        writer.Write((ulong)(nicSwitch?.NumVfs ?? 0), numVfsBits);
        writer.Write((ulong)host.NumVfs, numVfsBits);
        writer.Write(host.VfEnable ? 1UL : 0, 1);
        writer.Write((ulong)host.Vfs.Length, numVfsBits);
        writer.Write(host.Halted ? 1UL : 0, 1);
        exceededField = null;
        return true;
    }

    /// <summary>One record per VF slot, in the permutation's order (or the packed records given).</summary>
    private bool TryWriteVfs(HostState host, int h, StatePermutation? permutation, ref BitWriter writer, out string? exceededField, UInt128[]? packedVfs)
    {
        var vfCount = host.Vfs.Length;
        for (var n = 0; n < vfSlots; n++)
        {
            if (n >= vfCount)
            {
                writer.Write(0UL, vfRecordBits);
                continue;
            }

            var old = permutation is null ? n : permutation.VfOldOfNew[h][n];
            var vf = host.Vfs[old];
            if (vf.VfId != old)
            {
                exceededField = $"Hosts[{h}].Vfs[{old}].VfId {vf.VfId} (VFs are indexed by VFId)";
                return false;
            }

            if (packedVfs is not null)
            {
                writer.Write(packedVfs[(h * vfSlots) + old], vfRecordBits);
                continue;
            }

            if (!TryPackVf(vf, old, permutation, includeOwner: true, out var bits, out exceededField))
            {
                exceededField = $"Hosts[{h}]." + exceededField;
                return false;
            }

            writer.Write(bits, vfRecordBits);
        }
        exceededField = null;
        return true;
    }

    /// <summary>One record per VPort slot, by the VPort's (renumbered) id.</summary>
    private bool TryWriteVPorts(HostState host, int h, StatePermutation? permutation, ref BitWriter writer, out string? exceededField)
    {
        var vfCount = host.Vfs.Length;
        var previousId = -1;
        var vports = host.VPorts;
        Span<int> vportAt = stackalloc int[vportSlots];
        vportAt.Fill(-1);
        var vportNew = permutation?.VPortNewOfOld[h];
        for (var i = 0; i < vports.Length; i++)
        {
            var vport = vports[i];
            if (vport.VPortId <= previousId || vport.VPortId >= vportSlots)
            {
                exceededField = $"Hosts[{h}].VPorts {vport} (ids 0 … {vportSlots - 1}, ascending, unique; after {previousId})";
                return false;
            }

            if (vport.AttachedVfId < -1 || vport.AttachedVfId >= vfCount || (uint)vport.QueuePairs >= 1u << queuePairBits)
            {
                exceededField = $"Hosts[{h}].VPorts {vport} (attached −1 … {vfCount - 1}, queue pairs < {1 << queuePairBits})";
                return false;
            }

            var moderationCode = IndexOf(Command.SetVPortParameters.Moderations, vport.InterruptModeration);
            if ((uint)vport.NameIndex > 3 || moderationCode < 0 || (uint)vport.AffinityMask > 3 || Array.IndexOf(LookaheadSizes, vport.LookaheadSize) < 0)
            {
                exceededField = $"Hosts[{h}].VPorts {vport.VPortId} parameters (name 0 … 3, a defined moderation, affinity 0 … 3, lookahead 0 or 128)";
                return false;
            }

            previousId = vport.VPortId;
            vportAt[vportNew is null ? vport.VPortId : vportNew[vport.VPortId]] = i;
        }

        for (var p = 0; p < vportSlots; p++)
        {
            if (vportAt[p] < 0)
            {
                writer.Write(0UL, vportRecordBits);
                continue;
            }

            var vport = vports[vportAt[p]];
            var attached = vport.AttachedVfId < 0 || permutation is null ? vport.AttachedVfId : permutation.VfNewOfOld[h][vport.AttachedVfId];
            writer.Write(1UL, 1);
            writer.Write((ulong)(attached + 1), attachBits);
            writer.Write(vport.Activated ? 1UL : 0, 1);
            writer.Write((ulong)vport.QueuePairs, queuePairBits);
            writer.Write((ulong)vport.NameIndex, 2);
            writer.Write((ulong)IndexOf(Command.SetVPortParameters.Moderations, vport.InterruptModeration), 3);
            writer.Write((ulong)vport.AffinityMask, 2);
            writer.Write(vport.LookaheadSplit ? 1UL : 0, 1);
            writer.Write((ulong)Array.IndexOf(LookaheadSizes, vport.LookaheadSize), 1);
        }
        exceededField = null;
        return true;
    }

    /// <summary>One record per filter slot, by the filter's (renumbered) id.</summary>
    private bool TryWriteFilters(HostState host, int h, StatePermutation? permutation, ref BitWriter writer, out string? exceededField)
    {
        var filters = host.Filters;
        Span<int> filterAt = stackalloc int[filterSlots];
        filterAt.Fill(-1);
        var filterNew = permutation?.FilterNewOfOld[h];
        var vportNew = permutation?.VPortNewOfOld[h];
        var previousId = 0;
        for (var i = 0; i < filters.Length; i++)
        {
            var filter = filters[i];
            if (filter.FilterId <= previousId || filter.FilterId > filterSlots)
            {
                exceededField = $"Hosts[{h}].Filters {filter} (ids 1 … {filterSlots}, ascending, unique)";
                return false;
            }

            var vlanIndex = Array.IndexOf(vlans, filter.Vlan);
            if ((uint)filter.VPortId >= (uint)vportSlots || (uint)(filter.MacIndex + macOffset) > (uint)(vmCount + macOffset) || vlanIndex < 0
                || filter.OwnerVm < -1 || filter.OwnerVm >= vmCount)
            {
                exceededField = $"Hosts[{h}].Filters {filter} (VPort 0 … {vportSlots - 1}, MAC index {-macOffset} … {vmCount}, VLAN in [{string.Join(", ", vlans)}], owner −1 … {vmCount - 1})";
                return false;
            }

            previousId = filter.FilterId;
            filterAt[(filterNew is null ? filter.FilterId : filterNew[filter.FilterId]) - 1] = i;
        }

        for (var i = 0; i < filterSlots; i++)
        {
            if (filterAt[i] < 0)
            {
                writer.Write(0UL, filterRecordBits);
                continue;
            }

            var filter = filters[filterAt[i]];
            var vlanIndex = Array.IndexOf(vlans, filter.Vlan);
            var mac = filter.MacIndex >= 0 && filter.MacIndex < vmCount && permutation is not null ? permutation.VmNewOfOld[filter.MacIndex] : filter.MacIndex;
            var owner = filter.OwnerVm < 0 || permutation is null ? filter.OwnerVm : permutation.VmNewOfOld[filter.OwnerVm];
            var vportId = vportNew is null ? filter.VPortId : vportNew[filter.VPortId];
            writer.Write((ulong)(vportId + 1), vportRefBits);
            writer.Write((ulong)(mac + macOffset), macBits);
            writer.Write((ulong)vlanIndex, vlanBits);
            writer.Write((ulong)(owner + 1), ownerBits);
        }

        exceededField = null;
        return true;
    }

    private static int IndexOf(IReadOnlyList<int> values, int value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
