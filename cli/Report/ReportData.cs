// The HTML report: what one page shows (header, trace, coverage, plots).

namespace SriovVerification.Cli.Report;

/// <summary>What one report page shows: the run's header, its trace, coverage and plots. Every field is optional but the header.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="Header">Seed, configuration, options, defects: one row each, in order.</param>
/// <param name="Verdict">The run's verdict in one line.</param>
/// <param name="ReplayCommand">The command line that reproduces the run.</param>
public sealed record ReportData(string Title, IReadOnlyList<(string Key, string Value)> Header, string Verdict, string ReplayCommand)
{
    /// <summary>Whether the run found a violation (the verdict is shown as a failure).</summary>
    public bool Failed { get; init; }

    /// <summary>The counterexample or replayed trace, shown as a sequence diagram.</summary>
    public Trace? Trace { get; init; }

    /// <summary>The step number that diverged (highlighted), or null.</summary>
    public int? ViolatingStep { get; init; }

    /// <summary>The randomized run's coverage (command kinds, kernel transitions taken).</summary>
    public Coverage? Coverage { get; init; }

    /// <summary>For an exhaustive search: per command kind, the states where it was offered, enabled (accepted) and taken.</summary>
    public IReadOnlyList<(string Kind, long Offered, long Enabled, long Taken)> SearchCommandKinds { get; init; } = [];

    /// <summary>For an exhaustive search: per invariant, its premise and the reachable states where it held (0: never exercised).</summary>
    public IReadOnlyList<(string InvariantId, string Premise, long States)> InvariantPremises { get; init; } = [];

    /// <summary>What <see cref="InvariantPremises"/> counts: reachable states (explore) or checked steps (check).</summary>
    public string PremiseUnit { get; init; } = "reachable states";

    /// <summary>Frames lost per failover run, per transition and policy (the concurrency phase), as plot bars.</summary>
    public IReadOnlyList<(string Label, double Median, double Maximum)> LossPerFailover { get; init; } = [];

    /// <summary>States per depth level of an exhaustive search.</summary>
    public IReadOnlyList<(int Depth, long States)> StatesPerDepth { get; init; } = [];
}
