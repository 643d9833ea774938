// The packed engine: conversion between packed records and the model's ModelState.
using System.Collections.Immutable;

namespace SriovVerification.Exploration.Packed;

/// <summary>Between packed worlds and <see cref="ModelState"/>: both directions, for traces, cross-checks and tests.</summary>
internal sealed partial class PackedHostStack
{
    /// <summary>
    /// The <see cref="ModelState"/> of a packed world. With symmetry on, where ids are forgotten, VFs, VPorts and
    /// filters get the smallest ids in VM order: one member of the orbit the key stands for.
    /// </summary>
    public ModelState ToModel(ReadOnlySpan<ulong> records, uint switches)
    {
        var hosts = new HostState[HostCount];
        for (var h = 0; h < HostCount; h++)
        {
            if ((switches & (1u << h)) == 0)
            {
                hosts[h] = new HostState([], 0, false, [], [], []);
                continue;
            }

            hosts[h] = HostToModel(records, h);
        }

        var vms = new VmState[VmCount];
        for (var v = 0; v < VmCount; v++)
        {
            var r = records[v];
            var migrating = VmRecord.Is(r, VmRecord.Migrating);
            vms[v] = new VmState(
                VmRecord.Host(r),
                migrating,
                migrating ? VmRecord.Destination(r) : -1,
                VmRecord.Is(r, VmRecord.DataPathVf) ? DataPath.Vf : DataPath.Synthetic,
                VmRecord.Is(r, VmRecord.Connected));
        }

        return new ModelState(ImmutableArray.Create(hosts), ImmutableArray.Create(vms));
    }

    /// <summary>Host <paramref name="h"/>, which has its switch, with the VFs, VPorts and filters of the VMs on it.</summary>
    private HostState HostToModel(ReadOnlySpan<ulong> records, int h)
    {
        var vfs = new VfState[numVfs];
        for (var i = 0; i < vfs.Length; i++)
        {
            vfs[i] = SriovModel.FreshVf(config, i);
        }

        var vports = new List<VPortState> { new(0, Command.CreateVPort.PfFunctionId, true, defaultQueuePairs) };
        var filters = new List<FilterState>();
        int nextVf = 0, nextVPort = 1, nextFilter = 1;
        for (var v = 0; v < VmCount; v++)
        {
            var r = records[v];
            if (VmRecord.Host(r) != h)
            {
                continue;
            }

            var vportId = 0;
            if (VmRecord.Is(r, VmRecord.HasVf))
            {
                var vfId = Symmetry ? nextVf++ : VmRecord.VfId(r);
                vportId = Symmetry ? nextVPort++ : VmRecord.VPortId(r);
                var initialized = VmRecord.Is(r, VmRecord.Initialized);
                vfs[vfId] = vfs[vfId] with
                {
                    OwnerVm = v,
                    Rid = config.RidOf(vfId),
                    Device = (VfDeviceState)VmRecord.Device(r),
                    RemovalRequested = VmRecord.Is(r, VmRecord.RemovalRequested),
                    CommandRegister = initialized ? VfConfigSpace.CommandBusMasterEnable : 0,
                    MsixEnabled = initialized,
                    DmaActive = VmRecord.Is(r, VmRecord.Dma),
                };
                vports.Add(new VPortState(vportId, vfId, true, VmRecord.QueuePairs(r)));
            }

            if (VmRecord.Is(r, VmRecord.Connected))
            {
                var filterId = Symmetry ? nextFilter++ : VmRecord.FilterId(r);
                filters.Add(new FilterState(filterId, VmRecord.Is(r, VmRecord.FilterOnVf) ? vportId : 0, ModelConfig.MacIndexOf(v), config.VlanOf(v), v));
            }
        }

        vports.Sort((a, b) => a.VPortId.CompareTo(b.VPortId));
        filters.Sort((a, b) => a.FilterId.CompareTo(b.FilterId));
        return new HostState(
            [new NicSwitchState(0, true, numVfs)],
            numVfs,
            true,
            ValueArray.Create<VfState>(vfs),
            ValueArray.Create<VPortState>([.. vports]),
            ValueArray.Create<FilterState>([.. filters]));
    }

    /// <summary>
    /// Packs <paramref name="state"/> (not canonicalised): false, with the reason, when the state has anything the
    /// hoststack profile cannot produce (a free VF that is not scrubbed, a VPort or filter no VM owns, …), which
    /// <see cref="ToModel"/> would lose. A state that packs comes back equal from <see cref="ToModel"/> (symmetry off).
    /// </summary>
    public bool TryFromModel(ModelState state, Span<ulong> records, out uint switches, out string reason)
    {
        switches = 0;
        reason = "";
        if (state.Hosts.Length != HostCount || state.Vms.Length != VmCount)
        {
            reason = "host or VM count differs from the configuration";
            return false;
        }

        for (var h = 0; h < HostCount; h++)
        {
            var host = state.Hosts[h];
            if (host.Switches.Length > 0)
            {
                switches |= 1u << h;
            }
        }

        for (var v = 0; v < VmCount; v++)
        {
            if (!TryVmRecord(state, v, out var r, out reason))
            {
                return false;
            }

            records[v] = r;
        }

        // Round trip: anything the records do not hold (a stray VPort, filter or VF state) shows up here.
        var back = Symmetry ? null : ToModel(records[..VmCount], switches);
        if (back is not null && back != state)
        {
            reason = "the state holds objects no VM owns (the hoststack profile's shape is one VF, VPort and filter per VM at most)";
            return false;
        }

        if (Symmetry && !ShapeMatches(state, records, switches))
        {
            reason = "the state holds objects no VM owns (the hoststack profile's shape is one VF, VPort and filter per VM at most)";
            return false;
        }

        return true;
    }

    /// <summary>VM <paramref name="v"/>'s record, or false with the reason its VF, VPort or filter is outside the hoststack profile's shape.</summary>
    private bool TryVmRecord(ModelState state, int v, out ulong record, out string reason)
    {
        record = 0;
        reason = "";
        var vm = state.Vms[v];
        if (vm.Host < 0 || vm.Host >= HostCount || (vm.Migrating ? vm.MigrationDestination < 0 || vm.MigrationDestination >= HostCount : vm.MigrationDestination != -1))
        {
            reason = $"VM {v}: host or migration destination out of range";
            return false;
        }

        var r = ((ulong)vm.Host << VmRecord.HostShift) | (vm.Migrating ? VmRecord.Migrating | ((ulong)vm.MigrationDestination << VmRecord.DestinationShift) : 0)
            | (vm.DataPath == DataPath.Vf ? VmRecord.DataPathVf : 0) | (vm.Connected ? VmRecord.Connected : 0);
        var host = state.Hosts[vm.Host];
        var vfId = SriovModel.VfIdOwnedBy(host, v);
        var vportId = vfId >= 0 ? SriovModel.VPortIdOfVf(host, vfId) : -1;
        if (vfId >= 0)
        {
            var vf = host.Vfs[vfId];
            var vport = vportId >= 0 ? host.VPorts[SriovModel.VPortIndex(host, vportId)] : null;
            var initialized = vf.CommandRegister == VfConfigSpace.CommandBusMasterEnable && vf.MsixEnabled;
            if (vport is null || vf.Rid != config.RidOf(vfId) || (!initialized && (vf.CommandRegister != 0 || vf.MsixEnabled)) || vf.MsiEnabled || vf.SpoofedFrames != 0 || vf.InterruptPending
                || vf.PowerD3 || vf.PendingInvalidation != 0 || vf.ConfigBlocks.Any(b => b != 0) || !vport.Activated
                || vport.QueuePairs < 1 || vport.QueuePairs > maxQueuePairsPerVPort)
            {
                reason = $"VF {vfId} of VM {v} is outside the hoststack profile's shape";
                return false;
            }

            r |= VmRecord.HasVf | ((ulong)vf.Device << VmRecord.DeviceShift) | (vf.RemovalRequested ? VmRecord.RemovalRequested : 0)
                | (initialized ? VmRecord.Initialized : 0) | (vf.DmaActive ? VmRecord.Dma : 0) | ((ulong)(vport.QueuePairs - 1) << VmRecord.QueuePairsShift);
            if (!Symmetry)
            {
                r |= ((ulong)vfId << VmRecord.VfIdShift) | ((ulong)vportId << VmRecord.VPortIdShift);
            }
        }

        var filterIndex = SriovModel.FilterIndexOwnedBy(host, v);
        if (filterIndex >= 0)
        {
            var filter = host.Filters[filterIndex];
            if (filter.VPortId != 0 && filter.VPortId != vportId)
            {
                reason = $"the filter of VM {v} is on VPort {filter.VPortId}, neither the default nor its VF's";
                return false;
            }

            r |= filter.VPortId != 0 ? VmRecord.FilterOnVf : 0;
            if (!Symmetry)
            {
                r = VmRecord.WithFilterId(r, filter.FilterId);
            }
        }

        if ((filterIndex >= 0) != vm.Connected)
        {
            reason = $"VM {v} is {(vm.Connected ? "connected without" : "disconnected with")} a filter on its host";
            return false;
        }

        record = r;
        return true;
    }

    /// <summary>With symmetry on: the state has exactly the objects its records stand for, whatever their ids.</summary>
    private bool ShapeMatches(ModelState state, ReadOnlySpan<ulong> records, uint switches)
    {
        var rebuilt = ToModel(records[..VmCount], switches);
        for (var h = 0; h < HostCount; h++)
        {
            var a = state.Hosts[h];
            var b = rebuilt.Hosts[h];
            if (a.Switches != b.Switches || a.NumVfs != b.NumVfs || a.VfEnable != b.VfEnable || a.Vfs.Length != b.Vfs.Length
                || a.VPorts.Length != b.VPorts.Length || a.Filters.Length != b.Filters.Length
                || SriovModel.AllocatedVfCount(a) != SriovModel.AllocatedVfCount(b) || (a.VPorts.Length > 0 && a.VPorts[0] != b.VPorts[0]))
            {
                return false;
            }

            foreach (var vf in a.Vfs)
            {
                if (!vf.IsAllocated && vf != SriovModel.FreshVf(config, vf.VfId))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
