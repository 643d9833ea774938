// Exploration/Search: a second, independent exhaustive explorer of the model
using System.Diagnostics;
using CsCheck;
using SriovVerification.Exploration.Profiles;

namespace SriovVerification.Exploration.Search;

/// <summary>
/// A second, independent exhaustive explorer of the model: <c>SriovModel.Apply</c> declared as a CsCheck
/// <see cref="Spec{S}"/> (one action over the profile's candidate commands, enabled where the model accepts the
/// command; the state invariants as a CsCheck invariant) and enumerated by CsCheck's breadth-first
/// <see cref="Check.Exhaustive{S}(Spec{S}, Action{string}?, int, int, int, bool)"/>. It shares nothing with
/// <see cref="Explorer"/> but the model: no state encoding, no visited table, no candidate gate, no symmetry; states
/// are the model's records, told apart by their value equality. Equal distinct-state, transition and depth counts
/// on a configuration cross-check the explorer's encoding, gate and bookkeeping there.
/// </summary>
public static class SpecExplorer
{
    /// <summary>The CsCheck specification of <paramref name="config"/>'s model under <paramref name="profile"/>.</summary>
    public static Spec<ModelState> SpecFor(ModelConfig config, ExplorationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(config);
        var initial = SriovModel.Initial(config);
        Command[] commands = [.. SriovModel.CandidateCommands(config, initial).Where(c => ExplorationProfiles.Includes(profile, c))];
        var step = new LastStep(config);
        return Spec.From(initial)
            .Action("apply", commands, (state, command) => step.Apply(state, command).Outcome.IsSuccess, (state, command) => step.Apply(state, command).State)
            .Invariant("state-invariants", "every state invariant of docs/INVARIANTS.md holds (Invariants.CheckState)", state => Invariants.CheckState(config, state).Count == 0);
    }

    /// <summary>Enumerates <paramref name="config"/>'s reachable states under <paramref name="profile"/> with CsCheck, on one thread.</summary>
    public static SpecExplorationResult Explore(ModelConfig config, ExplorationProfile profile, int statesMax = 10_000_000)
    {
        var problems = config.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid configuration: " + string.Join("; ", problems), nameof(config));
        }

        var spec = SpecFor(config, profile);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var report = Check.Exhaustive(spec, writeLine: null, maxStates: statesMax, threads: 1, throwOnViolation: false);
        clock.Stop();
        return new SpecExplorationResult(
            report.Closed,
            report.States,
            report.Transitions,
            report.Depth,
            report.DeadlockStates,
            report.Note,
            clock.Elapsed,
            Environment.CpuUsage.TotalTime - cpuBefore);
    }

    /// <summary>
    /// The model's answer to the last (state, command) asked: CsCheck asks the guard and then the action of the same
    /// pair, and this keeps that to one <c>SriovModel.Apply</c>. One thread only, as <see cref="Explore"/> runs it.
    /// </summary>
    private sealed class LastStep(ModelConfig config)
    {
        private ModelState? state;
        private Command? command;
        private Transition? transition;

        public Transition Apply(ModelState current, Command next)
        {
            if (transition is null || !ReferenceEquals(current, state) || !ReferenceEquals(next, command))
            {
                transition = SriovModel.Apply(config, current, next);
                state = current;
                command = next;
            }

            return transition;
        }
    }
}
