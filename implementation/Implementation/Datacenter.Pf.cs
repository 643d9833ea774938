// The datacenter's seam for the PF's lifecycle (halt, initialize, reset) and the read of its SR-IOV capability.
namespace SriovVerification.Implementation;

/// <content>The PF's own lifecycle (halt, initialize, reset with the stack's recovery) and its SR-IOV capability.</content>
public sealed partial class Datacenter
{
    /// <summary>PF halt (spec section 3): the stack's teardown in the spec's order, then the halt; no OID reaches the PF after it.</summary>
    public AdapterResult PfHalt(int host) => Checked(() => stack.PfHalt(host));

    /// <summary>NDIS initializes the halted PF miniport of <paramref name="host"/> again.</summary>
    public AdapterResult PfInitialize(int host) => Checked(() => stack.PfInitialize(host));

    /// <summary>
    /// A PF reset as the protocol step: the reset (<see cref="PfReset"/>: VF Enable and NumVFs cleared, every VF gone, the
    /// VMs on the synthetic path), then the stack's rebuild (the switch with the NumVFs it had, the VMs' filters again).
    /// INVALID_DEVICE_REQUEST on a halted PF.
    /// </summary>
    public AdapterResult ResetPf(int host) => Checked(() => stack.ResetPf(host));

    /// <summary>The management OS reads the PF's SR-IOV capability. Data: <see cref="AdapterData.CapabilityRead"/>.</summary>
    public AdapterResult ReadSriovCapability(int host) => Checked(() =>
        Host(host) is { } stack ? AdapterResult.With(new AdapterData.CapabilityRead(stack.Miniport.Capability)) : InvalidDeviceRequest($"no host {host}"));
}
