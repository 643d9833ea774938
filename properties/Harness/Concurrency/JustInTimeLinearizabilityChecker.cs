// Harness/Concurrency: Lowe's just-in-time linearization ("Testing for linearizability", 2017)
using SriovVerification.Model;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Lowe's just-in-time linearization ("Testing for linearizability", 2017): the history is walked event by event in
/// logical time; an operation is linearized only when it must be, at its response, possibly after other pending
/// operations it may follow. Configurations (event, linearized set, model state) that led nowhere are memoized. Gives the
/// same verdict as <see cref="LinearizabilityChecker"/> (a test holds them equal) and usually explores fewer nodes on
/// long histories with little overlap.
/// </summary>
public static class JustInTimeLinearizabilityChecker
{
    /// <summary>Searches for a linearization of <paramref name="history"/> from <paramref name="initial"/>.</summary>
    public static LinearizabilityResult Check(ModelConfig config, ModelState initial, IReadOnlyList<HistoryOperation> history, int nodesMax = LinearizabilityChecker.NodesMaxDefault)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(history.Count, LinearizabilityChecker.OperationsMax);
        var events = history.SelectMany((o, i) => new[] { (Time: o.Invoked, Operation: i, Invoke: true), (Time: o.Responded, Operation: i, Invoke: false) })
            .OrderBy(e => e.Time).ToList();
        var search = new Search(config, history, events, nodesMax);
        var found = search.Run(0, 0UL, initial);
        var order = (found ? search.Witness : search.LongestPrefix).Select(i => history[i]).ToList();
        return new LinearizabilityResult(found, !found && search.BoundReached, order, search.Nodes);
    }

    private sealed class Search(ModelConfig config, IReadOnlyList<HistoryOperation> history, List<(long Time, int Operation, bool Invoke)> events, int nodesMax)
    {
        private readonly HashSet<(int, ulong, ModelState)> dead = [];
        private readonly List<int> current = [];
        private readonly int[] invokedAt = InvokedAt(events, history.Count);

        public List<int> Witness { get; private set; } = [];

        public List<int> LongestPrefix { get; private set; } = [];

        public int Nodes { get; private set; }

        public bool BoundReached { get; private set; }

        public bool Run(int e, ulong linearized, ModelState state)
        {
            if (e == events.Count)
            {
                Witness = [.. current];
                return true;
            }

            if (++Nodes > nodesMax)
            {
                BoundReached = true;
                return false;
            }

            if (!dead.Add((e, linearized, state)))
            {
                return false;
            }

            var (_, operation, invoke) = events[e];
            if (invoke || (linearized & (1UL << operation)) != 0)
            {
                return Run(e + 1, linearized, state);
            }

            // The response of an operation not yet linearized: linearize it now, or first another pending one.
            if (TryLinearize(operation, state, out var next) && Descend(operation, () => Run(e + 1, linearized | (1UL << operation), next)))
            {
                return true;
            }

            for (var p = 0; p < history.Count; p++)
            {
                if (p == operation || (linearized & (1UL << p)) != 0 || invokedAt[p] >= e)
                {
                    continue;
                }

                if (TryLinearize(p, state, out var after) && Descend(p, () => Run(e, linearized | (1UL << p), after)))
                {
                    return true;
                }

                if (BoundReached)
                {
                    return false;
                }
            }

            return false;
        }

        private bool TryLinearize(int operation, ModelState state, out ModelState next)
        {
            var transition = SriovModel.Apply(config, state, history[operation].Command);
            next = transition.State;
            return LinearizabilityChecker.SameOutcome(transition.Outcome, history[operation].Result);
        }

        private bool Descend(int operation, Func<bool> run)
        {
            current.Add(operation);
            if (current.Count > LongestPrefix.Count)
            {
                LongestPrefix = [.. current];
            }

            var found = run();
            current.RemoveAt(current.Count - 1);
            return found;
        }

        private static int[] InvokedAt(List<(long Time, int Operation, bool Invoke)> events, int count)
        {
            var at = new int[count];
            for (var e = 0; e < events.Count; e++)
            {
                if (events[e].Invoke)
                {
                    at[events[e].Operation] = e;
                }
            }

            return at;
        }
    }
}
