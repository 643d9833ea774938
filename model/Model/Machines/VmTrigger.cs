// The VM attachment machine's triggers.
namespace SriovVerification.Model;

/// <summary>The triggers of <see cref="ModelMachines.VmAttachment"/>; each host-stack or guest command about a VM's attachment fires one.</summary>
public enum VmTrigger
{
    /// <summary>The VM's network adapter connects (VmConnect, and the reconnection after a live migration).</summary>
    Connect,
    /// <summary>The VM's network adapter disconnects.</summary>
    Disconnect,
    /// <summary>The stack attaches a VF to the VM (HostAttachVf).</summary>
    AttachVf,
    /// <summary>The stack moves the VM's filter to its VF's VPort.</summary>
    MoveFilterToVf,
    /// <summary>The stack moves the VM's filter to the default VPort.</summary>
    MoveFilterToSynthetic,
    /// <summary>NetVSC switches the data path to the VF.</summary>
    SwitchToVf,
    /// <summary>NetVSC (or the surprise removal) switches the data path back to synthetic.</summary>
    SwitchToSynthetic,
    /// <summary>A live migration pauses the VM on its source host.</summary>
    MigrationStart,
    /// <summary>The VM resumes on the destination host.</summary>
    MigrationResume,
}
