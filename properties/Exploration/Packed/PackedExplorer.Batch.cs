// Exploration/Packed: the buffers of one expanded batch

namespace SriovVerification.Exploration.Packed;

/// <summary>The buffers of one expanded batch.</summary>
internal sealed partial class PackedExplorer
{
    /// <summary>
    /// One batch between its expansion (on a worker) and its merge: the successors of its states back to back, where
    /// each state's begin, their hashes, the facts of its states (run-length) and the step violation or derivation failure that ended it.
    /// </summary>
    private sealed class BatchBuffer(int successorCapacity)
    {
        private readonly List<(int Facts, long Times)> facts = [];

        public PackedSuccessor[] Successors { get; } = new PackedSuccessor[successorCapacity];

        public ulong[] Hashes { get; } = new ulong[successorCapacity];

        public int[] Starts { get; } = new int[Batch + 1];

        /// <summary>Scratch records of the worker expanding it, then of the thread merging it.</summary>
        public ulong[] Records { get; } = new ulong[PackedHostStack.MaxVms];

        public int First { get; private set; }

        public int End { get; private set; }

        public IReadOnlyList<(int Facts, long Times)> Facts => facts;

        public (int State, int Command, InvariantViolation Violation)? StepViolation { get; set; }

        public (int State, int Command, string Reason)? DerivationFailure { get; set; }

        public void Reset(int first, int end)
        {
            First = first;
            End = end;
            facts.Clear();
            StepViolation = null;
            DerivationFailure = null;
        }

        public void CountFacts(int value)
        {
            if (facts.Count > 0 && facts[^1].Facts == value)
            {
                facts[^1] = (value, facts[^1].Times + 1);
            }
            else
            {
                facts.Add((value, 1));
            }
        }
    }
}
