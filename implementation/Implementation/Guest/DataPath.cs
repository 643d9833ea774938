// Guest room: A VM's data path.

namespace SriovVerification.Implementation.Guest;

/// <summary>A VM's data path.</summary>
public enum DataPath
{
    /// <summary>NetVSC over VMBus through the extensible switch on the default VPort.</summary>
    Synthetic,
    /// <summary>The VF data path, bypassing the parent partition.</summary>
    Vf,
}
