// The exploration profiles a command belongs to, as flags a descriptor row carries.
namespace SriovVerification.Model;

/// <summary>
/// The exploration profiles a command belongs to (the harness's <c>ExplorationProfile</c>, one flag each): the
/// explorer tries a candidate command under a profile when its <see cref="CommandDescriptor.ProfilesOf"/> holds the flag.
/// </summary>
[Flags]
public enum ProfileSet
{
    /// <summary>No profile.</summary>
    None = 0,

    /// <summary>The full profile: every candidate command.</summary>
    Full = 1,

    /// <summary>The VF / VPort / filter / data-path / failover / migration lifecycle.</summary>
    Lifecycle = 2,

    /// <summary>The lifecycle and one representative of each data-plane command.</summary>
    Conformance = 4,

    /// <summary>The protocol as the host stack drives it.</summary>
    HostStack = 8,

    /// <summary>The conformance profile plus an accepted representative of every other kind.</summary>
    Kinds = 16,
}
