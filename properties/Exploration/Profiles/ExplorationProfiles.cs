// The exploration profiles: which commands a search offers, and their descriptions from the descriptor table.

namespace SriovVerification.Exploration.Profiles;

/// <summary>Membership of command kinds in an <see cref="ExplorationProfile"/>.</summary>
public static class ExplorationProfiles
{
    /// <summary>The profiles in the order the command line lists them.</summary>
    public static IReadOnlyList<ExplorationProfile> All { get; } =
        [ExplorationProfile.Full, ExplorationProfile.Lifecycle, ExplorationProfile.Conformance, ExplorationProfile.HostStack, ExplorationProfile.Kinds];

    /// <summary>Whether the explorer tries <paramref name="command"/> under <paramref name="profile"/> (its kind's <see cref="CommandDescriptor.ProfilesOf"/>).</summary>
    public static bool Includes(ExplorationProfile profile, Command command) =>
        (CommandDescriptors.Of(command).ProfilesOf(command) & SetOf(profile)) != ProfileSet.None;

    /// <summary>Parses <c>full</c>, <c>lifecycle</c>, <c>conformance</c>, <c>hoststack</c> or <c>kinds</c> (case-insensitive).</summary>
    public static bool TryParse(string text, out ExplorationProfile profile)
    {
        var name = text.Trim().ToLowerInvariant();
        foreach (var candidate in All)
        {
            if (candidate.ToName() == name)
            {
                profile = candidate;
                return true;
            }
        }

        profile = default;
        return false;
    }

    /// <summary>The profile's name as the command line spells it.</summary>
    public static string ToName(this ExplorationProfile profile) => profile switch
    {
        ExplorationProfile.Full => "full",
        ExplorationProfile.Lifecycle => "lifecycle",
        ExplorationProfile.Conformance => "conformance",
        ExplorationProfile.HostStack => "hoststack",
        ExplorationProfile.Kinds => "kinds",
        _ => profile.ToString().ToLowerInvariant(),
    };

    /// <summary>A one-line description of the command kinds the profile keeps, read off the descriptor table.</summary>
    public static string Describe(ExplorationProfile profile) => profile switch
    {
        ExplorationProfile.Full =>
            $"full: every candidate command (OIDs, host and guest events, frames); {Join(CommandDescriptors.All.Select(d => d.FullExclusion))}",
        ExplorationProfile.Lifecycle =>
            $"lifecycle: {KindsIn(ProfileSet.Lifecycle)}",
        ExplorationProfile.Conformance =>
            "conformance: the lifecycle, plus one representative of each data-plane command ("
            + Join(CommandDescriptors.All.Select(d => d.ConformanceRepresentative)) + ")",
        ExplorationProfile.Kinds =>
            "kinds: the conformance profile, plus an accepted representative of every other kind ("
            + Join(CommandDescriptors.All.Select(d => d.KindsRepresentative)) + ")",
        _ => $"hoststack: {KindsIn(ProfileSet.HostStack)} (the OIDs only as the host stack issues them)",
    };

    /// <summary>The flag of <paramref name="profile"/> in a descriptor's <see cref="ProfileSet"/>.</summary>
    private static ProfileSet SetOf(ExplorationProfile profile) => profile switch
    {
        ExplorationProfile.Full => ProfileSet.Full,
        ExplorationProfile.Lifecycle => ProfileSet.Lifecycle,
        ExplorationProfile.Conformance => ProfileSet.Conformance,
        ExplorationProfile.HostStack => ProfileSet.HostStack,
        ExplorationProfile.Kinds => ProfileSet.Kinds,
        _ => ProfileSet.None,
    };

    /// <summary>The kinds every command of which <paramref name="set"/> keeps, in table order.</summary>
    private static string KindsIn(ProfileSet set) => Join(CommandDescriptors.All.Where(d => d.Profiles.HasFlag(set)).Select(d => d.Name));

    private static string Join(IEnumerable<string?> parts) => string.Join(", ", parts.OfType<string>());
}
