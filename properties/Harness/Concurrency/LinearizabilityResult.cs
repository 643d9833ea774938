// Harness/Concurrency: the verdict of the linearizability search over one history
namespace SriovVerification.Harness.Concurrency;

/// <summary>The verdict of the linearizability search over one history.</summary>
/// <param name="Linearizable">A sequential order the model accepts with the same results exists.</param>
/// <param name="BoundReached">The search stopped at its node bound without a verdict (reported, never a hang).</param>
/// <param name="Order">The witness order when linearizable; else the longest prefix the model accepted.</param>
/// <param name="NodesExplored">Search nodes visited.</param>
public sealed record LinearizabilityResult(bool Linearizable, bool BoundReached, IReadOnlyList<HistoryOperation> Order, int NodesExplored)
{
    /// <summary>Whether the history is shown not linearizable (searched completely, no order found).</summary>
    public bool Violated => !Linearizable && !BoundReached;
}
