// The formal model's entry points: the initial state and Apply, the one switch over command kinds.
using System.Collections.Immutable;

namespace SriovVerification.Model;

/// <summary>
/// The formal model: a pure, total function from (configuration, state, command) to (outcome, next state), as
/// <c>docs/MODEL.md</c> specifies it. No I/O, clock or randomness; states are immutable values. A refused command
/// returns its status, a reason naming the unmet precondition, and the same state value.
/// </summary>
public static partial class SriovModel
{
    /// <summary>The initial state: no switch on any host, every VM on its initial host, disconnected, synthetic.</summary>
    public static ModelState Initial(ModelConfig config)
    {
        var hosts = ImmutableArray.CreateBuilder<HostState>(config.HostCount);
        var emptyHost = new HostState([], 0, false, [], [], []);
        for (var h = 0; h < config.HostCount; h++)
        {
            hosts.Add(emptyHost);
        }

        var vms = ImmutableArray.CreateBuilder<VmState>(config.VmCount);
        for (var v = 0; v < config.VmCount; v++)
        {
            vms.Add(new VmState(config.InitialHostOf(v), false, -1, DataPath.Synthetic, false));
        }

        return new ModelState(hosts.MoveToImmutable(), vms.MoveToImmutable());
    }

    /// <summary>
    /// Applies <paramref name="command"/> to <paramref name="state"/>. Total: a refusal returns the status of the first
    /// unmet precondition (in the order of <c>docs/MODEL.md</c>), a reason, and <paramref name="state"/> itself. It throws
    /// only when the model contradicts its own machines (<see cref="InvalidOperationException"/>, "model self-check": a
    /// step's effect left an object outside the fired transition's destination), which is a bug of the model.
    /// </summary>
    public static Transition Apply(ModelConfig config, ModelState state, Command command)
    {
        switch (command)
        {
            case Command.CreateSwitch c: return CreateSwitch(config, state, c);
            case Command.DeleteSwitch c: return DeleteSwitch(config, state, c);
            case Command.AllocateVf c: return AllocateVf(config, state, c);
            case Command.FreeVf c: return FreeVf(config, state, c);
            case Command.CreateVPort c: return CreateVPort(config, state, c);
            case Command.SetVPortState c: return SetVPortState(config, state, c);
            case Command.SetVPortParameters c: return SetVPortParameters(config, state, c);
            case Command.DeleteVPort c: return DeleteVPort(config, state, c);
            case Command.SetFilter c: return SetFilter(config, state, c);
            case Command.ClearFilter c: return ClearFilter(config, state, c);
            case Command.MoveFilter c: return MoveFilter(config, state, c);
            case Command.ClientClearFilter c: return ClientClearFilter(config, state, c);
            case Command.ReadVfConfigSpace c: return ReadVfConfigSpace(config, state, c);
            case Command.WriteVfConfigSpace c: return WriteVfConfigSpace(config, state, c);
            case Command.ReadVfConfigBlock c: return ReadVfConfigBlock(config, state, c);
            case Command.WriteVfConfigBlock c: return WriteVfConfigBlock(config, state, c);
            case Command.InvalidateConfigBlock c: return InvalidateConfigBlock(config, state, c);
            case Command.ResetVf c: return ResetVf(config, state, c);
            case Command.SetVfPowerState c: return SetVfPowerState(config, state, c);
            case Command.Enumerate c: return Enumerate(config, state, c);
            case Command.VmConnect c: return VmConnect(config, state, c);
            case Command.VmDisconnect c: return VmDisconnect(config, state, c);
            case Command.HostAttachVf c: return HostAttachVf(config, state, c);
            case Command.MoveVmFilter c: return MoveVmFilter(config, state, c);
            case Command.OfferVf c: return OfferVf(config, state, c);
            case Command.RequestVfRemoval c: return RequestVfRemoval(config, state, c);
            case Command.RemovalTimeout c: return RemovalTimeout(config, state, c);
            case Command.HostDetachVf c: return HostDetachVf(config, state, c);
            case Command.LiveMigrationStart c: return LiveMigrationStart(config, state, c);
            case Command.LiveMigrationResume c: return LiveMigrationResume(config, state, c);
            case Command.GuestInitializeVf c: return GuestInitializeVf(config, state, c);
            case Command.GuestBindNetVsc c: return GuestBindNetVsc(config, state, c);
            case Command.GuestBindProtocol c: return GuestBindProtocol(config, state, c);
            case Command.SurpriseRemoveVf c: return SurpriseRemoveVf(config, state, c);
            case Command.GuestSwitchDataPath c: return GuestSwitchDataPath(config, state, c);
            case Command.GuestPauseVf c: return GuestPauseVf(config, state, c);
            case Command.GuestUnbindNetVsc c: return GuestUnbindNetVsc(config, state, c);
            case Command.GuestHaltVf c: return GuestHaltVf(config, state, c);
            case Command.GuestHandleInvalidation c: return GuestHandleInvalidation(config, state, c);
            case Command.ReceiveFrame c: return ReceiveFrame(config, state, c);
            case Command.GuestSendFrame c: return GuestSendFrame(config, state, c);
            case Command.FramedOid c: return FramedOid(config, state, c);
            case Command.PfHalt c: return PfHalt(config, state, c);
            case Command.PfInitialize c: return PfInitialize(config, state, c);
            case Command.PfReset c: return PfReset(config, state, c);
            case Command.ReadSriovCapability c: return ReadSriovCapability(config, state, c);
            case Command.QuerySriovCapabilities c: return QuerySriovCapabilities(config, state, c);
            default: return Refuse(state, NdisStatus.NotSupported, "unknown command");
        }
    }

    // ---------------------------------------------------------------- lookups (public: the invariants and the harness use them)

    /// <summary>The VPortId of the VPort attached to VF <paramref name="vfId"/>, or -1.</summary>
    public static int VPortIdOfVf(HostState host, int vfId)
    {
        var vports = host.VPorts.Items;
        for (var i = 0; i < vports.Length; i++)
        {
            if (vports[i].AttachedVfId == vfId && vfId >= 0)
            {
                return vports[i].VPortId;
            }
        }

        return -1;
    }

    /// <summary>The index in <see cref="HostState.VPorts"/> of VPort <paramref name="vportId"/>, or -1.</summary>
    public static int VPortIndex(HostState host, int vportId)
    {
        var vports = host.VPorts.Items;
        for (var i = 0; i < vports.Length; i++)
        {
            if (vports[i].VPortId == vportId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index in <see cref="HostState.Filters"/> of filter <paramref name="filterId"/>, or -1.</summary>
    public static int FilterIndex(HostState host, int filterId)
    {
        var filters = host.Filters.Items;
        for (var i = 0; i < filters.Length; i++)
        {
            if (filters[i].FilterId == filterId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the filter owned by <paramref name="vm"/>'s network adapter, or -1 (also for <paramref name="vm"/> &lt; 0).</summary>
    public static int FilterIndexOwnedBy(HostState host, int vm)
    {
        if (vm < 0)
        {
            return -1;
        }

        var filters = host.Filters.Items;
        for (var i = 0; i < filters.Length; i++)
        {
            if (filters[i].OwnerVm == vm)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the filter testing (<paramref name="macIndex"/>, <paramref name="vlan"/>), or -1.</summary>
    public static int FilterIndexMatching(HostState host, int macIndex, int vlan)
    {
        var filters = host.Filters.Items;
        for (var i = 0; i < filters.Length; i++)
        {
            if (filters[i].MacIndex == macIndex && filters[i].Vlan == vlan)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Number of filters on VPort <paramref name="vportId"/>.</summary>
    public static int FilterCountOnVPort(HostState host, int vportId)
    {
        var count = 0;
        var filters = host.Filters.Items;
        for (var i = 0; i < filters.Length; i++)
        {
            if (filters[i].VPortId == vportId)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The VFId of the VF allocated to <paramref name="vm"/> on <paramref name="host"/>, or -1.</summary>
    public static int VfIdOwnedBy(HostState host, int vm)
    {
        if (vm < 0)
        {
            return -1;
        }

        var vfs = host.Vfs.Items;
        for (var i = 0; i < vfs.Length; i++)
        {
            if (vfs[i].OwnerVm == vm)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Number of allocated VFs.</summary>
    public static int AllocatedVfCount(HostState host)
    {
        var count = 0;
        foreach (var vf in host.Vfs.Items)
        {
            if (vf.IsAllocated)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Number of nondefault VPorts.</summary>
    public static int NondefaultVPortCount(HostState host)
    {
        var count = 0;
        foreach (var vport in host.VPorts.Items)
        {
            if (vport.VPortId != 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Σ NumQueuePairs over every VPort.</summary>
    public static int QueuePairSum(HostState host)
    {
        var sum = 0;
        foreach (var vport in host.VPorts.Items)
        {
            sum += vport.QueuePairs;
        }

        return sum;
    }

    /// <summary>A fresh (never allocated, scrubbed) VF.</summary>
    public static VfState FreshVf(ModelConfig config, int vfId) =>
        new(vfId, -1, 0, VfDeviceState.Absent, false, 0, false, false, false, false, ZeroBlocks(config.ConfigBlocks.Length), 0);

    // ---------------------------------------------------------------- helpers

    private static readonly ValueArray<byte>[] ZeroBlockCache = CreateZeroBlockCache();

    private static ValueArray<byte>[] CreateZeroBlockCache()
    {
        var cache = new ValueArray<byte>[65];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = new ValueArray<byte>(ImmutableArray.Create(new byte[i]));
        }

        return cache;
    }

    private static ValueArray<byte> ZeroBlocks(int count) =>
        count >= 0 && count < ZeroBlockCache.Length ? ZeroBlockCache[count] : new ValueArray<byte>(ImmutableArray.Create(new byte[Math.Max(count, 0)]));

    private static Transition Refuse(ModelState state, NdisStatus status, string reason) => new(Outcome.Refused(status, reason), state);

    private static Transition Accept(ModelState state) => new(Outcome.Ok, state);

    private static Transition Accept(ModelState state, OutcomeData data) => new(Outcome.OkWith(data), state);

    private static ModelState WithHost(ModelState state, int host, HostState value) => state with { Hosts = state.Hosts.SetItem(host, value) };

    private static ModelState WithVm(ModelState state, int vm, VmState value) => state with { Vms = state.Vms.SetItem(vm, value) };

    private static HostState WithVf(HostState host, VfState vf) => host with { Vfs = host.Vfs.SetItem(vf.VfId, vf) };

    private static int SmallestFreeFilterId(HostState host)
    {
        var candidate = 1;
        foreach (var filter in host.Filters.Items)
        {
            if (filter.FilterId == candidate)
            {
                candidate++;
            }
            else if (filter.FilterId > candidate)
            {
                break;
            }
        }

        return candidate;
    }

    private static int SmallestFreeVPortId(HostState host)
    {
        var candidate = 1;
        foreach (var vport in host.VPorts.Items)
        {
            if (vport.VPortId == candidate)
            {
                candidate++;
            }
            else if (vport.VPortId > candidate)
            {
                break;
            }
        }

        return candidate;
    }

    private static HostState InsertFilter(HostState host, FilterState filter)
    {
        var filters = host.Filters.Items;
        var at = 0;
        while (at < filters.Length && filters[at].FilterId < filter.FilterId)
        {
            at++;
        }

        return host with { Filters = filters.Insert(at, filter) };
    }

    private static HostState InsertVPort(HostState host, VPortState vport)
    {
        var vports = host.VPorts.Items;
        var at = 0;
        while (at < vports.Length && vports[at].VPortId < vport.VPortId)
        {
            at++;
        }

        return host with { VPorts = vports.Insert(at, vport) };
    }

    private static bool MacInDomain(ModelConfig config, int macIndex) => macIndex >= 0 && macIndex <= config.VmCount;

    private static bool VlanInDomain(int vlan) => vlan is >= 0 and <= 4094;

    /// <summary>The common OID prologue: host in range, SR-IOV enabled.</summary>
    private static bool OidHostRefused(ModelConfig config, ModelState state, int host, out Transition refusal)
    {
        if (host < 0 || host >= state.Hosts.Length)
        {
            refusal = Refuse(state, NdisStatus.InvalidParameter, "host out of range");
            return true;
        }

        if (state.Hosts[host].Halted)
        {
            refusal = Refuse(state, NdisStatus.InvalidDeviceRequest, $"the PF of host {host} is halted: no OID reaches it");
            return true;
        }

        if (!config.IsSriovEnabled(host))
        {
            refusal = Refuse(state, NdisStatus.NotSupported, "SR-IOV disabled on the host");
            return true;
        }

        refusal = null!;
        return false;
    }

    /// <summary>The prologue of a VM event: VM in range.</summary>
    private static bool VmRefused(ModelState state, int vm, out Transition refusal)
    {
        if (vm < 0 || vm >= state.Vms.Length)
        {
            refusal = Refuse(state, NdisStatus.InvalidDeviceRequest, "VM out of range");
            return true;
        }

        refusal = null!;
        return false;
    }

    /// <summary>The VFId of the VF <paramref name="vm"/> owns on the host it runs on, or -1.</summary>
    private static int VfOfVm(ModelState state, int vm)
    {
        var host = state.Vms[vm].Host;
        return host >= 0 && host < state.Hosts.Length ? VfIdOwnedBy(state.Hosts[host], vm) : -1;
    }
}
