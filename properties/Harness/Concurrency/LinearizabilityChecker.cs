// Harness/Concurrency: wing and Gong's search for a linearization, with the usual pruning
using SriovVerification.Model;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Wing and Gong's search for a linearization, with the usual pruning: at each point only operations that may come first
/// (invoked before every pending operation's response) are tried; the model (<see cref="SriovModel.Apply"/>) must give
/// each the same status and data the adapter gave; and each (set of linearized operations, model state) pair that led
/// nowhere is remembered and never explored again (Lowe's memoization). Bounded by a node count.
/// </summary>
public static class LinearizabilityChecker
{
    /// <summary>Nodes searched when the caller does not say.</summary>
    public const int NodesMaxDefault = 500_000;

    /// <summary>Most operations in one history (the linearized set is a 64-bit mask).</summary>
    public const int OperationsMax = 64;

    /// <summary>Searches for a linearization of <paramref name="history"/> from <paramref name="initial"/>.</summary>
    public static LinearizabilityResult Check(ModelConfig config, ModelState initial, IReadOnlyList<HistoryOperation> history, int nodesMax = NodesMaxDefault)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(history.Count, OperationsMax);
        var search = new Search(config, history, nodesMax);
        var found = search.Run(initial, 0UL);
        var order = found ? search.Path.AsEnumerable().Reverse().Select(i => history[i]).ToList() : search.LongestPrefix.Select(i => history[i]).ToList();
        return new LinearizabilityResult(found, !found && search.BoundReached, order, search.Nodes);
    }

    /// <summary>Whether the adapter's outcome is the model's: same status, and same data where the model defines it.</summary>
    public static bool SameOutcome(Outcome expected, Outcome actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Status != actual.Status)
        {
            return false;
        }

        return expected.Data is null or OutcomeData.ConfigSpaceRead { Value: null } || expected.Data.Equals(actual.Data);
    }

    private sealed class Search(ModelConfig config, IReadOnlyList<HistoryOperation> history, int nodesMax)
    {
        private readonly HashSet<(ulong, ModelState)> dead = [];
        private readonly ulong all = history.Count == 64 ? ulong.MaxValue : (1UL << history.Count) - 1;
        private readonly Stack<int> current = new();

        public List<int> Path { get; } = [];

        public List<int> LongestPrefix { get; private set; } = [];

        public int Nodes { get; private set; }

        public bool BoundReached { get; private set; }

        public bool Run(ModelState state, ulong linearized)
        {
            if (linearized == all)
            {
                return true;
            }

            if (++Nodes > nodesMax)
            {
                BoundReached = true;
                return false;
            }

            if (!dead.Add((linearized, state)))
            {
                return false;
            }

            var firstResponse = long.MaxValue;
            for (var i = 0; i < history.Count; i++)
            {
                if ((linearized & (1UL << i)) == 0)
                {
                    firstResponse = Math.Min(firstResponse, history[i].Responded);
                }
            }

            for (var i = 0; i < history.Count; i++)
            {
                var operation = history[i];
                if ((linearized & (1UL << i)) != 0 || operation.Invoked > firstResponse)
                {
                    continue;
                }

                var transition = SriovModel.Apply(config, state, operation.Command);
                if (!SameOutcome(transition.Outcome, operation.Result))
                {
                    continue;
                }

                current.Push(i);
                if (current.Count > LongestPrefix.Count)
                {
                    LongestPrefix = current.Reverse().ToList();
                }

                if (Run(transition.State, linearized | (1UL << i)))
                {
                    Path.Add(i);
                    current.Pop();
                    return true;
                }

                current.Pop();
                if (BoundReached)
                {
                    return false;
                }
            }

            return false;
        }
    }
}
