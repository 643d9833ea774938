// Concurrency room: what a DataPathEvent records.

namespace SriovVerification.Implementation.Concurrency;

/// <summary>What a <see cref="DataPathEvent"/> records.</summary>
public enum DataPathEventKind
{
    /// <summary>A VM's send entered the NIC switch through a VPort (the VF's, or the default VPort for the synthetic path).</summary>
    Transmitted,
    /// <summary>A frame was indicated to a VM through a VPort (the VF's VPort, or the default VPort and the synthetic path).</summary>
    Indicated,
    /// <summary>A frame addressed to a VM was dropped; the event carries where the VM's filter routed it and the VM's data path then.</summary>
    Dropped,
    /// <summary>
    /// A frame the NIC switch dropped that was addressed to no VM on the host, or a send dropped before routing
    /// (spoofed source, VLAN, addressed to its sender, stale stamp, paused sender): the VM is the sender (-1 from the wire).
    /// </summary>
    SendDropped,

    /// <summary>A frame for a connected VM found the VM's filter on no VPort (INV-09 seen from the data path).</summary>
    FilterMissing,

    /// <summary>A frame matched a filter that the table version it read has on two VPorts (INV-09 seen from the data path; the switch took the first).</summary>
    FilterOnTwoVPorts,
    /// <summary>DELETE_VPORT completed: nothing may be sent or indicated on that VPort incarnation any more.</summary>
    VPortDeleted,
    /// <summary>NetVSC switched the VM's data path.</summary>
    DataPathSwitched,
}
