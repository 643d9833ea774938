// The VF lifecycle machine's triggers.
namespace SriovVerification.Model;

/// <summary>The triggers of <see cref="ModelMachines.VfLifecycle"/>; each command that touches a VF fires one or more.</summary>
public enum VfTrigger
{
    /// <summary><c>OID_NIC_SWITCH_ALLOCATE_VF</c> (also the first step of HostAttachVf).</summary>
    Allocate,
    /// <summary><c>OID_NIC_SWITCH_CREATE_VPORT</c> attached to the VF.</summary>
    CreateVPort,
    /// <summary><c>OID_NIC_SWITCH_DELETE_VPORT</c> of the VF's VPort.</summary>
    DeleteVPort,
    /// <summary><c>OID_NIC_SWITCH_FREE_VF</c>.</summary>
    Free,
    /// <summary>The VPCI VSP offers the VF to the guest.</summary>
    Offer,
    /// <summary>The stack requests a graceful removal (an offered device is revoked at once).</summary>
    RequestRemoval,
    /// <summary>The removal time-out expires: surprise removal.</summary>
    RemovalTimeout,
    /// <summary>The guest's VF miniport initializes.</summary>
    Initialize,
    /// <summary>NetVSC binds to the VF miniport.</summary>
    Bind,
    /// <summary>NetVSC switches the data path to the VF.</summary>
    SwitchToVf,
    /// <summary>The VF miniport is paused.</summary>
    Pause,
    /// <summary>NetVSC unbinds.</summary>
    Unbind,
    /// <summary>The VF miniport halts; the device leaves the guest.</summary>
    Halt,
    /// <summary>The VF miniport receives the pending config-block invalidation.</summary>
    HandleInvalidation,
    /// <summary>A per-VF OID that needs an allocated VF and changes no phase (config space, config blocks, invalidation, FLR, power).</summary>
    PfOperation,
    /// <summary>The VF is surprise removed with no graceful removal before it (hot unplug, a device error), at any moment.</summary>
    SurpriseRemove,
}
