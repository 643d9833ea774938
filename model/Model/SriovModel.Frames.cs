// Frames from the wire and from guests: forwarding, delivery and drops.
namespace SriovVerification.Model;

/// <summary>Frames (<c>docs/MODEL.md</c>, "Frames").</summary>
public static partial class SriovModel
{
    /// <summary>Drop reason: the destination VM is paused by a live migration.</summary>
    public const string DropVmPausedForMigration = "vm paused for migration";

    /// <summary>Drop reason: no switch and no VM with that MAC and VLAN.</summary>
    public const string DropNoDestination = "no destination";

    /// <summary>Drop reason: the VF behind the matched VPort is not running.</summary>
    public const string DropVfNotRunning = "vf not running";

    /// <summary>Drop reason: the VF was reset (FLR) and its VF miniport has not initialized it again: queues disabled, no DMA.</summary>
    public const string DropVfReset = "vf reset, not reinitialized";

    /// <summary>Drop reason: the VF miniport is initialized but NetVSC is not bound to it: no protocol above the VF.</summary>
    public const string DropNetVscNotBound = "netvsc not bound";

    /// <summary>Drop reason: the matched PF VPort is Deactivated.</summary>
    public const string DropVPortNotActivated = "vport not activated";

    /// <summary>Drop reason: the guest's source MAC is not its own (anti-spoofing).</summary>
    public const string DropSourceMacSpoofed = "source mac spoofed";

    /// <summary>
    /// The value a VF's spoof counter saturates at in the model (the adapter counts on; the abstraction reads the smaller of
    /// its count and this), so that the reachable states stay finite. Two is the smallest bound at which a frame counted twice
    /// still shows (1 expected, 2 read); each further value multiplies the states of every profile with a spoofed send.
    /// </summary>
    public const int SpoofCounterSaturation = 2;

    /// <summary>Drop reason: the guest sent on a VLAN other than its own.</summary>
    public const string DropVlanNotAllowed = "vlan not allowed";

    /// <summary>Drop reason: the guest sent to its own MAC and VLAN.</summary>
    public const string DropAddressedToSender = "addressed to sender";

    private static Transition ReceiveFrame(ModelConfig config, ModelState state, Command.ReceiveFrame c)
    {
        if (c.Host < 0 || c.Host >= state.Hosts.Length)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "host out of range");
        }

        if (!MacInDomain(config, c.MacIndex) || !VlanInDomain(c.Vlan))
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "MAC or VLAN out of domain");
        }

        return Resolve(config, state, c.Host, c.MacIndex, c.Vlan, fromGuest: false);
    }

    private static Transition GuestSendFrame(ModelConfig config, ModelState state, Command.GuestSendFrame c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        if (!MacInDomain(config, c.MacIndex) || !VlanInDomain(c.Vlan))
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "MAC or VLAN out of domain");
        }

        if (c.StampVPortId < Command.GuestSendFrame.CurrentPathStamp)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "VPortId stamp out of domain");
        }

        if (c.SourceMacIndex != Command.GuestSendFrame.OwnSource && (!MacInDomain(config, c.SourceMacIndex) || c.SpoofSource))
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "source MAC out of domain, or named with source=spoofed");
        }

        // The stamp picks the VPort the frame enters the NIC switch through: the VM's VF VPort while it is on the VF path
        // and stamped so, else (the default VPort's stamp, or a stale one: a VPort deleted since) the default VPort. The
        // frame goes out either way (spec DELETE_VPORT), and it is resolved the same from either VPort.
        var vm = state.Vms[c.Vm];
        if (vm.Host < 0 || vm.Host >= state.Hosts.Length)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "the VM's host is out of range");
        }

        if (vm.Migrating)
        {
            return Dropped(state, DropVmPausedForMigration);
        }

        if (c.Spoofed)
        {
            return Dropped(CountSpoofed(state, c), DropSourceMacSpoofed);
        }

        if (c.Vlan != config.VlanOf(c.Vm))
        {
            return Dropped(state, DropVlanNotAllowed);
        }

        if (c.MacIndex == ModelConfig.MacIndexOf(c.Vm))
        {
            return Dropped(state, DropAddressedToSender);
        }

        return Resolve(config, state, vm.Host, c.MacIndex, c.Vlan, fromGuest: true);
    }

    /// <summary>
    /// A spoofed frame on the VF data path (it enters the NIC switch through the VM's VF VPort: on the VF path, stamped with
    /// the current path or that VPort) counts on the sender's VF; on the synthetic path the extensible switch drops it.
    /// </summary>
    private static ModelState CountSpoofed(ModelState state, Command.GuestSendFrame c)
    {
        var vm = state.Vms[c.Vm];
        var host = state.Hosts[vm.Host];
        var vfId = VfIdOwnedBy(host, c.Vm);
        if (vm.DataPath != DataPath.Vf || vfId < 0)
        {
            return state;
        }

        var vportId = VPortIdOfVf(host, vfId);
        var vf = host.Vfs[vfId];
        if (vportId < 0 || (c.StampVPortId != Command.GuestSendFrame.CurrentPathStamp && c.StampVPortId != vportId) || vf.SpoofedFrames >= SpoofCounterSaturation)
        {
            return state;
        }

        return WithHost(state, vm.Host, WithVf(host, vf with { SpoofedFrames = vf.SpoofedFrames + 1 }));
    }

    private static Transition Dropped(ModelState state, string reason) =>
        Accept(state, new OutcomeData.Frame(FrameFate.Dropped, -1, DataPath.Synthetic, reason));

    /// <summary>ReceiveFrame steps 1–5 on <paramref name="hostIndex"/>; from a guest, "nobody" on the default VPort goes to the wire.</summary>
    private static Transition Resolve(ModelConfig config, ModelState state, int hostIndex, int mac, int vlan, bool fromGuest)
    {
        var host = state.Hosts[hostIndex];
        if (host.Switches.Length == 0)
        {
            return DeliverSynthetic(config, state, hostIndex, mac, vlan, nobodyFate: FrameFate.Dropped);
        }

        var filterIndex = FilterIndexRouting(host, mac, vlan);
        var vportIndex = filterIndex < 0 ? VPortIndex(host, 0) : VPortIndex(host, host.Filters[filterIndex].VPortId);
        var vport = vportIndex < 0 ? null : host.VPorts[vportIndex];
        if (vport is null || vport.VPortId == 0)
        {
            return DeliverSynthetic(config, state, hostIndex, mac, vlan, nobodyFate: fromGuest ? FrameFate.SentToWire : FrameFate.DeliveredToHost);
        }

        if (vport.IsOnPf)
        {
            return vport.Activated
                ? Accept(state, new OutcomeData.Frame(FrameFate.DeliveredToHost, -1, DataPath.Synthetic, ""))
                : Dropped(state, DropVPortNotActivated);
        }

        var vfId = vport.AttachedVfId;
        if (vfId < 0 || vfId >= host.Vfs.Length)
        {
            return Dropped(state, DropVfNotRunning);
        }

        var vf = host.Vfs[vfId];
        var running = vf.IsAllocated && vf.Device is VfDeviceState.Initialized or VfDeviceState.Bound && !vf.PowerD3;
        if (!running)
        {
            return Dropped(state, DropVfNotRunning);
        }

        if (!vf.DmaActive)
        {
            return Dropped(state, DropVfReset);
        }

        if (vf.Device == VfDeviceState.Initialized)
        {
            return Dropped(state, DropNetVscNotBound);
        }

        var next = vf.InterruptPending ? state : WithHost(state, hostIndex, WithVf(host, vf with { InterruptPending = true }));
        return Accept(next, new OutcomeData.Frame(FrameFate.DeliveredToVm, vf.OwnerVm, DataPath.Vf, ""));
    }

    /// <summary>The extensible switch: to the VM on the host with that MAC and VLAN over the synthetic path.</summary>
    private static Transition DeliverSynthetic(ModelConfig config, ModelState state, int hostIndex, int mac, int vlan, FrameFate nobodyFate)
    {
        var vm = mac;
        if (vm < config.VmCount && vm < state.Vms.Length && config.VlanOf(vm) == vlan && state.Vms[vm].Host == hostIndex)
        {
            return state.Vms[vm].Migrating
                ? Dropped(state, DropVmPausedForMigration)
                : Accept(state, new OutcomeData.Frame(FrameFate.DeliveredToVm, vm, DataPath.Synthetic, ""));
        }

        return nobodyFate == FrameFate.Dropped
            ? Dropped(state, DropNoDestination)
            : Accept(state, new OutcomeData.Frame(nobodyFate, -1, DataPath.Synthetic, ""));
    }
}
