// Harness/Concurrency: shrinks a failing interleaving, as long as the same checker fails the same way (RaceFailure.SameWay)
namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Shrinks a failing interleaving, as long as the same checker fails the same way (<see cref="RaceFailure.SameWay"/>):
/// first the schedule becomes decisions (<see cref="ScheduleDecision"/>, replayed by <see cref="ReplayStrategy"/>);
/// then traffic actors are dropped, frames per actor reduced, and decisions removed (chunks, then one at a time: fewer
/// preemptions), until no step helps or <see cref="RunsMax"/> runs were made. Every candidate is a whole deterministic
/// run, so the result replays exactly.
/// </summary>
public static class RaceShrinker
{
    /// <summary>The most runs one shrink makes.</summary>
    public const int RunsMax = 600;

    /// <summary>Shrinks <paramref name="failing"/>; returns it unshrunk (as decisions) when nothing smaller fails the same way.</summary>
    public static RaceShrinkResult Shrink(InterleavingReport failing)
    {
        ArgumentNullException.ThrowIfNull(failing);
        var runs = 0;
        InterleavingReport? Try(InterleavingOptions options)
        {
            runs++;
            var report = InterleavingRunner.Run(options);
            return RaceFailure.SameWay(failing, report) ? Normalized(report) : null;
        }

        var current = Try(failing.Options with { Decisions = failing.Schedule.Decisions }) ?? Normalized(failing);
        var changed = true;
        while (changed && runs < RunsMax)
        {
            changed = false;
            foreach (var actor in InterleavingOptions.TrafficActorNames)
            {
                var running = current.Options.TrafficActors ?? InterleavingOptions.TrafficActorNames;
                if (!running.Contains(actor) || runs >= RunsMax)
                {
                    continue;
                }

                // Without the actor, with its decisions dropped too (the others' steps shift), then with them kept.
                var without = current.Options with { TrafficActors = running.Where(a => a != actor).ToList() };
                var smaller = Try(without with { Decisions = (current.Options.Decisions ?? []).Where(d => d.Actor != actor).ToList() })
                    ?? (runs < RunsMax ? Try(without) : null);
                if (smaller is not null)
                {
                    (current, changed) = (smaller, true);
                }
            }

            for (var frames = 1; frames < current.Options.FramesPerActorMax && runs < RunsMax; frames = Math.Max(frames + 1, frames * 2))
            {
                if (Try(current.Options with { FramesPerActorMax = frames }) is { } fewer)
                {
                    (current, changed) = (fewer, true);
                    break;
                }
            }

            var reduced = RemoveDecisions(current, Try, () => runs < RunsMax);
            changed |= !ReferenceEquals(reduced, current);
            current = reduced;
        }

        return new RaceShrinkResult(failing, current, runs);
    }

    /// <summary>ddmin over the decisions: drop chunks of halving size while the run still fails the same way.</summary>
    private static InterleavingReport RemoveDecisions(InterleavingReport current, Func<InterleavingOptions, InterleavingReport?> attempt, Func<bool> budget)
    {
        var chunk = Math.Max(1, current.Schedule.Decisions.Count / 2);
        while (chunk >= 1 && current.Schedule.Decisions.Count > 0 && budget())
        {
            var removedAny = false;
            for (var start = 0; start < current.Schedule.Decisions.Count && budget(); start += chunk)
            {
                var decisions = current.Schedule.Decisions;
                var kept = decisions.Take(start).Concat(decisions.Skip(start + chunk)).ToList();
                if (attempt(current.Options with { Decisions = kept }) is { } fewer)
                {
                    current = fewer;
                    removedAny = true;
                    start -= chunk;
                }
            }

            if (!removedAny)
            {
                chunk /= 2;
            }
        }

        return current;
    }

    /// <summary>The run with its options holding the decisions it actually followed, so that it replays exactly.</summary>
    private static InterleavingReport Normalized(InterleavingReport report) =>
        report with { Options = report.Options with { Decisions = report.Schedule.Decisions }, Departures = [] };
}
