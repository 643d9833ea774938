using SriovVerification.Harness.Conformance;
using SriovVerification.Harness.Generation;
using SriovVerification.Model;

namespace SriovVerification.Harness.Benchmarks;

/// <summary>
/// The shortest conformance counterexample of one defect, by breadth-first search over sequences of model-accepted
/// commands: every model state is expanded once, at the first (shortest) depth it is reached, by replaying its path on a
/// fresh <see cref="ConformanceSession"/> carrying the defect and then trying every candidate command of the model.
/// A refused step that conforms changes nothing, so the session goes on with the next candidate without a replay.
/// A failing step counts only when the same sequence passes without the defect (a finding of the model itself is not
/// the defect's). Bounded by a depth and a budget of conformance steps.
/// </summary>
public static class ShortestCounterexampleSearch
{
    /// <summary>Searches the shortest sequence on <paramref name="config"/> that <paramref name="defect"/> makes fail.</summary>
    public static ShortestCounterexample Find(ModelConfig config, string defect, int depthMax, long stepBudget)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defects = new[] { defect };
        var initial = SriovModel.Initial(config);
        var candidates = SriovModel.CandidateCommands(config, initial).ToArray();
        long steps = 0;
        long states = 0;
        var checkedLength = 0;
        var first = new ConformanceSession(config, defects);
        if (first.InitialDiff.Length > 0)
        {
            return new ShortestCounterexample(0, 0, "initial state diff", 0, 0);
        }

        var visited = new HashSet<ModelState> { initial };
        var frontier = new List<(ModelState State, Command[] Path)> { (initial, []) };
        for (var depth = 0; depth < depthMax && frontier.Count > 0; depth++)
        {
            var next = new List<(ModelState State, Command[] Path)>();
            foreach (var (state, path) in frontier)
            {
                states++;
                ConformanceSession? session = null;
                foreach (var command in candidates)
                {
                    if (steps >= stepBudget)
                    {
                        return new ShortestCounterexample(null, depth, "", states, steps);
                    }

                    if (session is null)
                    {
                        session = new ConformanceSession(config, defects);
                        foreach (var step in path)
                        {
                            session.Step(step);
                        }

                        steps += path.Length;
                    }

                    var result = session.Step(command);
                    steps++;
                    if (result.Diverged)
                    {
                        Command[] failing = [.. path, command];
                        if (!ConformanceRunner.CheckSequence(config, [], 0, failing).Failed)
                        {
                            return new ShortestCounterexample(depth + 1, depth + 1, result.CaughtBy, states, steps);
                        }

                        session = null;
                        continue;
                    }

                    if (!result.Expected.IsSuccess || result.ModelAfter.Equals(state))
                    {
                        continue;
                    }

                    if (visited.Add(result.ModelAfter))
                    {
                        next.Add((result.ModelAfter, [.. path, command]));
                    }

                    session = null;
                }
            }

            frontier = next;
            checkedLength = depth + 1;
        }

        return new ShortestCounterexample(null, checkedLength, "", states, steps);
    }
}
