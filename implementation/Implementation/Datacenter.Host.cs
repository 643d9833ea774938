// The datacenter's seam for the virtualization stack's events: each one runs in the host room as a configuration operation.

namespace SriovVerification.Implementation;

/// <content>Host virtualization stack events, each a configuration operation of the host room.</content>
public sealed partial class Datacenter
{
    /// <summary>The VM's network adapter connects to its host's switch: its MAC+VLAN filter is set on the default VPort. Data: <see cref="AdapterData.FilterCreated"/>.</summary>
    public AdapterResult VmConnect(int vm) => Checked(() => stack.VmConnect(vm));

    /// <summary>The VM's network adapter disconnects: its filter is cleared (only while it has no VF).</summary>
    public AdapterResult VmDisconnect(int vm) => Checked(() => stack.VmDisconnect(vm));

    /// <summary>
    /// The stack attaches a VF: ALLOCATE_VF, CREATE_VPORT, under the host-driven policy MOVE_FILTER of the VM's filter to
    /// the new VPort, then the VPCI offer; a refused step undoes the earlier ones. Data: <see cref="AdapterData.VfAttached"/>.
    /// </summary>
    public AdapterResult HostAttachVf(int vm, int queuePairs = 1) => Checked(() => stack.HostAttachVf(vm, queuePairs));

    /// <summary>The stack moves the VM's filter to its VF's VPort (<see cref="DataPath.Vf"/>) or back to the default VPort.</summary>
    public AdapterResult MoveVmFilter(int vm, DataPath target) => Checked(() => stack.MoveVmFilter(vm, target));

    /// <summary>The VPCI VSP offers the VM's VF (which has a VPort) to the guest.</summary>
    public AdapterResult OfferVf(int vm) => Checked(() => stack.OfferVf(vm));

    /// <summary>The stack asks the guest to remove the VF gracefully; the removal time-out starts (an offer not yet taken is revoked at once).</summary>
    public AdapterResult RequestVfRemoval(int vm) => Checked(() => stack.RequestVfRemoval(vm));

    /// <summary>
    /// The VM's removal time-out expires: virtual time advances to its deadline and that time-out fires (surprise
    /// removal, synthetic path, filter back to the default VPort). Other VMs' time-outs fire on <see cref="AdvanceTime"/>.
    /// </summary>
    public AdapterResult RemovalTimeout(int vm) => Checked(() => stack.RemovalTimeout(vm));

    /// <summary>
    /// The VM's VF is surprise removed at any moment, with no graceful removal before it: a present device becomes
    /// SurpriseRemoved (the VF miniport is halted next); a VF not yet offered has no device to remove. Either way the
    /// stack recovers the VM to the synthetic path with its filter on the default VPort (INV-22).
    /// </summary>
    public AdapterResult SurpriseRemoveVf(int vm) => Checked(() => stack.SurpriseRemoveVf(vm));

    /// <summary>The stack detaches the VM's VF once the guest is off it: MOVE_FILTER back, CLEAR_FILTER of others, DELETE_VPORT, RESET_VF, FREE_VF.</summary>
    public AdapterResult HostDetachVf(int vm) => Checked(() => stack.HostDetachVf(vm));

    /// <summary>Live migration starts: the VM (without a VF) pauses on its host and its filter there is cleared.</summary>
    public AdapterResult LiveMigrationStart(int vm, int destinationHost) => Checked(() => stack.LiveMigrationStart(vm, destinationHost));

    /// <summary>The migrating VM resumes on its destination on the synthetic path, connected there when that host has a switch and the filter can be set.</summary>
    public AdapterResult LiveMigrationResume(int vm) => Checked(() => stack.LiveMigrationResume(vm));
}
