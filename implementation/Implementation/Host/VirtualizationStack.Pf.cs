// Host room: the PF's lifecycle as the virtualization stack sees it: halt, initialize, reset with its recovery, and the stack's time-outs.
namespace SriovVerification.Implementation.Host;

/// <content>The PF's halt, initialize and reset with the stack's rebuild, the removal time-outs that fall due, and a recovery pass.</content>
internal sealed partial class VirtualizationStack
{
    /// <summary>PF halt (spec section 3): the stack's teardown in the spec's order, then the halt; no OID reaches the PF after it.</summary>
    public AdapterResult PfHalt(int host) => fabric.Host(host) is { } stack ? stack.HaltPf() : Fabric.InvalidDeviceRequest($"no host {host}");

    /// <summary>NDIS initializes the halted PF miniport of <paramref name="host"/> again.</summary>
    public AdapterResult PfInitialize(int host) => fabric.Host(host) is { } stack ? stack.InitializePf() : Fabric.InvalidDeviceRequest($"no host {host}");

    /// <summary>
    /// A PF reset as the protocol step: the reset (VF Enable and NumVFs cleared, every VF gone, the VMs on the synthetic
    /// path), then the stack's rebuild (the switch with the NumVFs it had, the VMs' filters again). INVALID_DEVICE_REQUEST
    /// on a halted PF.
    /// </summary>
    public AdapterResult ResetPf(int host)
    {
        if (fabric.Host(host) is not { } stack)
        {
            return Fabric.InvalidDeviceRequest($"no host {host}");
        }

        if (stack.Miniport.Halted)
        {
            return Fabric.InvalidDeviceRequest($"the PF of host {host} is halted");
        }

        var numVfs = stack.Miniport.ResetFunction();
        stack.OnPfReset(numVfs);
        stack.RecoverFromPfReset();
        return AdapterResult.Ok;
    }

    /// <summary>A reset of the PF that the stack only notices (its VMs fall back to the synthetic path); its recovery pass rebuilds later.</summary>
    public AdapterResult PfReset(int host)
    {
        if (fabric.Host(host) is not { } stack)
        {
            return Fabric.InvalidDeviceRequest($"no host {host}");
        }

        var numVfs = stack.Miniport.ResetFunction();
        stack.OnPfReset(numVfs);
        return AdapterResult.Ok;
    }

    /// <summary>Virtual time advances by <paramref name="ticks"/>; every removal time-out that falls due fires.</summary>
    public AdapterResult AdvanceTime(long ticks)
    {
        fabric.Clock.AdvanceTo(fabric.Clock.NowTicks + ticks);
        foreach (var host in fabric.Hosts)
        {
            host.FireDueRemovalTimeouts();
        }

        return AdapterResult.Ok;
    }
}
