// Concurrency room: the names of the adapter's yield points.

namespace SriovVerification.Implementation.Concurrency;

/// <summary>The names of the adapter's yield points: the atomic step boundaries of its composite operations.</summary>
public static class YieldPoints
{
    /// <summary>VF attach: ALLOCATE_VF completed.</summary>
    public const string AttachAfterAllocate = "attach:after-allocate-vf";
    /// <summary>VF attach: CREATE_VPORT completed.</summary>
    public const string AttachAfterCreateVPort = "attach:after-create-vport";
    /// <summary>VF attach: MOVE_FILTER to the VF's VPort completed (host-driven policy).</summary>
    public const string AttachAfterMoveFilter = "attach:after-move-filter";
    /// <summary>VF detach: MOVE_FILTER back to the default VPort completed.</summary>
    public const string DetachAfterMoveFilter = "detach:after-move-filter";
    /// <summary>VF detach: the other filters on the VF's VPort were cleared.</summary>
    public const string DetachAfterClearFilters = "detach:after-clear-filters";
    /// <summary>VF detach: DELETE_VPORT completed.</summary>
    public const string DetachAfterDeleteVPort = "detach:after-delete-vport";
    /// <summary>VF detach: RESET_VF completed.</summary>
    public const string DetachAfterResetVf = "detach:after-reset-vf";
    /// <summary>Guest-driven data-path switch: the host moved the filter; the switch is not completed yet.</summary>
    public const string SwitchAfterFilterMove = "switch-datapath:after-filter-move";
    /// <summary>MOVE_FILTER: the filter is off its source VPort and not yet on its destination (only with a defect).</summary>
    public const string MoveFilterHalfDone = "move-filter:half-done";
    /// <summary>DELETE_VPORT or a VF miniport's pause waits for the receives and sends that read an older switch table.</summary>
    public const string ReaderDrain = "drain:readers";
    /// <summary>Receive: the switch table was read; the indication is not made yet.</summary>
    public const string ReceiveAfterLookup = "receive:after-lookup";
    /// <summary>Send: NetVSC stamped the send with its VPort; the NIC switch has not taken it yet.</summary>
    public const string SendAfterStamp = "send:after-stamp";
    /// <summary>Waiting for the adapter's state lock.</summary>
    public const string StateLockWait = "lock:state";
    /// <summary>Waiting for the host stack's configuration lock (configuration operations are serialized).</summary>
    public const string ConfigurationLockWait = "lock:configuration";
}
