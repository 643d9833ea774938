// Guest room: what a hostile guest tried.
namespace SriovVerification.Implementation.Guest;

/// <summary>What a hostile guest tried.</summary>
public enum HostileAttemptKind
{
    /// <summary>A read of its VF's configuration space (any offset and length).</summary>
    ConfigSpaceRead,
    /// <summary>A write of its VF's configuration space (read-only fields, out-of-range offsets).</summary>
    ConfigSpaceWrite,
    /// <summary>A write aimed at the PF's SR-IOV capability registers (NumVFs, VF Enable, First VF Offset, VF Stride).</summary>
    PfCapabilityWrite,
    /// <summary>A read of a configuration block (unknown ids, oversized lengths).</summary>
    ConfigBlockRead,
    /// <summary>A write of a configuration block (unknown ids, wrong lengths).</summary>
    ConfigBlockWrite,
    /// <summary>A frame with a source MAC address not its own.</summary>
    SpoofedSourceFrame,
    /// <summary>A frame on a VLAN it does not own.</summary>
    ForeignVlanFrame,
    /// <summary>A well-formed frame, one of a flood.</summary>
    FloodFrame,
}
