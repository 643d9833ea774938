// Frames room: why the NIC switch or the extensible switch dropped a frame.

namespace SriovVerification.Implementation.Frames;

/// <summary>Why the NIC switch or the extensible switch dropped a frame.</summary>
public static class DropReasons
{
    /// <summary>The destination VM is paused by a live migration.</summary>
    public const string VmPausedForMigration = "vm paused for migration";
    /// <summary>No VM and no host accepts the frame.</summary>
    public const string NoDestination = "no destination";
    /// <summary>The VF of the matching VPort is not running (not initialized, paused, removed or in D3).</summary>
    public const string VfNotRunning = "vf not running";
    /// <summary>The VF was reset (FLR) and its VF miniport has not initialized it again: its queues are disabled.</summary>
    public const string VfReset = "vf reset, not reinitialized";
    /// <summary>The VF miniport is initialized but NetVSC is not bound to it: no protocol takes the frame.</summary>
    public const string NetVscNotBound = "netvsc not bound";
    /// <summary>The matching PF VPort is not activated.</summary>
    public const string VPortNotActivated = "vport not activated";
    /// <summary>The sender's source MAC is not its own (anti-spoofing).</summary>
    public const string SourceMacSpoofed = "source mac spoofed";
    /// <summary>The sender used a VLAN other than its own.</summary>
    public const string VlanNotAllowed = "vlan not allowed";
    /// <summary>The frame is addressed to its sender.</summary>
    public const string AddressedToSender = "addressed to sender";
    /// <summary>The matching filter points at a VPort that no longer exists.</summary>
    public const string VPortDeleted = "vport deleted";
    /// <summary>There is no default VPort to take an unmatched frame.</summary>
    public const string NoDefaultVPort = "no default vport";
}
