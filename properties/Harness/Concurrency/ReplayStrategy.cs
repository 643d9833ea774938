// Harness/Concurrency: follows recorded ScheduleDecisions and, between them, ScheduleDecision.Default
using System.Globalization;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Follows recorded <see cref="ScheduleDecision"/>s and, between them, <see cref="ScheduleDecision.Default"/>: the
/// cooperative scheduler then repeats a recorded interleaving exactly. A decision whose actor does not exist or is not
/// runnable at its step is not followed: the default runs instead and <see cref="Departures"/> records it, so a replay
/// of an edited or outdated schedule says where it left the file.
/// </summary>
/// <param name="decisions">The decisions, in step order.</param>
public sealed class ReplayStrategy(IReadOnlyList<ScheduleDecision> decisions) : SchedulingStrategy
{
    private readonly Dictionary<int, string> byStep = decisions.GroupBy(d => d.Step).ToDictionary(g => g.Key, g => g.Last().Actor);
    private readonly List<string> departures = [];
    private IReadOnlyList<string> names = [];
    private int previous = -1;

    /// <inheritdoc/>
    public override ulong Seed => 0;

    /// <inheritdoc/>
    public override string Description => string.Create(CultureInfo.InvariantCulture, $"replay decisions={decisions.Count}");

    /// <summary>Decisions that could not be followed, one line each (step, actor, what was runnable).</summary>
    public IReadOnlyList<string> Departures => departures;

    /// <inheritdoc/>
    public override void Bind(IReadOnlyList<string> actorNames) => names = actorNames;

    /// <inheritdoc/>
    public override void Start(int actorCount) => previous = -1;

    /// <inheritdoc/>
    public override void Ran(int actor) => previous = actor;

    /// <inheritdoc/>
    public override int Choose(IReadOnlyList<int> candidates, int step)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var choice = ScheduleDecision.Default(previous, candidates);
        if (byStep.TryGetValue(step, out var actor))
        {
            var index = -1;
            for (var i = 0; i < names.Count; i++)
            {
                index = names[i] == actor ? i : index;
            }

            if (index >= 0 && candidates.Contains(index))
            {
                choice = index;
            }
            else
            {
                departures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"step {step}: decision '{actor}' {(index < 0 ? "names no actor of this run" : "is not runnable")} (runnable: {string.Join(" ", candidates.Select(c => names[c]))})"));
            }
        }

        return choice;
    }
}
