// Exploration/Search: the worker side of ExplorationRun's parallel search
using SriovVerification.Exploration.Encoding;
using SriovVerification.Exploration.Profiles;
using SriovVerification.Exploration.Symmetry;
using SriovVerification.Exploration.Vacuity;

namespace SriovVerification.Exploration.Search;

/// <summary>The worker side of <see cref="ExplorationRun"/>'s parallel search.</summary>
internal sealed partial class ExplorationRun
{
    /// <summary>
    /// One worker's tools (its own encoder, symmetry reduction, candidate gate and key buffer: they keep scratch state)
    /// and the planning of a chunk of stored states.
    /// </summary>
    private sealed class Planner
    {
        private readonly ExplorationRun run;
        private readonly StateEncoder encoder;
        private readonly SymmetryReduction? symmetry;
        private readonly CandidateGate? gate;
        private readonly ulong[] key;
        private readonly List<ulong> keys = [];

        public Planner(ExplorationRun run)
        {
            this.run = run;
            encoder = Explorer.EncoderFor(run.config);
            symmetry = run.symmetry is null ? null : new SymmetryReduction(run.config, encoder);
            gate = run.gate is null ? null : new CandidateGate(run.config, run.candidates);
            key = new ulong[encoder.KeyWords];
        }

        public ChunkPlan Plan(int first, int end)
        {
            var plan = new ChunkPlan(first, end, run.premiseCounts.Length);
            keys.Clear();
            for (var s = first; s < end && !plan.Stopped; s++)
            {
                var state = encoder.Decode(run.table.KeyAt(s));
                InvariantPremises.Count(state, plan.Premises);
                PlanState(state, plan);
                plan.EntryStarts[s - first + 1] = plan.Entries.Count;
            }

            plan.Keys = [.. keys];
            return plan;
        }

        /// <summary>The entries of one state, in candidate order; a step violation or an exceeded bound stops the chunk.</summary>
        private void PlanState(ModelState state, ChunkPlan plan)
        {
            var config = run.config;
            var candidates = run.candidates;
            gate?.Prepare(state);
            for (var c = 0; c < candidates.Count; c++)
            {
                if (gate is not null && !gate.MayBeEnabled(c))
                {
                    continue;
                }

                var command = candidates[c];
                var transition = SriovModel.Apply(config, state, command);
                var success = transition.Outcome.IsSuccess;
                if (success || run.options.CheckRefusedSteps)
                {
                    var stepViolations = Invariants.CheckTransition(config, state, command, transition);
                    if (stepViolations.Count > 0)
                    {
                        plan.Entries.Add(new PlanEntry(c, PlanKind.StepViolation, -1, stepViolations, null));
                        plan.Stopped = true;
                        return;
                    }
                }

                if (!success)
                {
                    continue;
                }

                var encoded = symmetry is null ? encoder.TryEncode(transition.State, key, out var field) : symmetry.TryCanonicalize(transition.State, key, out field);
                if (!encoded)
                {
                    plan.Entries.Add(new PlanEntry(c, PlanKind.BoundExceeded, -1, null, field));
                    plan.Stopped = true;
                    return;
                }

                if (run.table.Contains(key))
                {
                    plan.Entries.Add(new PlanEntry(c, PlanKind.Enabled, -1, null, null));
                    continue;
                }

                var violations = Invariants.CheckState(config, transition.State);
                plan.Entries.Add(new PlanEntry(c, PlanKind.Enabled, keys.Count, violations.Count > 0 ? violations : null, null));
                keys.AddRange(key);
            }
        }
    }
}
