// Harness/Concurrency: the seam for real-thread stress runs
using SriovVerification.Implementation;
using SriovVerification.Implementation.Concurrency;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// The seam for real-thread stress runs: composite operations release the state lock at their yield points, and each
/// yield point perturbs the thread (a short spin or a <see cref="Thread.Yield"/>, drawn from a per-thread seeded
/// generator) to widen race windows. The operating system still chooses the interleaving: such a run is not replayable,
/// only its history is checked.
/// </summary>
/// <param name="seed">Seed of the per-thread perturbation generators.</param>
public sealed class StressScheduler(ulong seed) : IScheduler
{
    private readonly ThreadLocal<DeterministicRandom> random = new(() => new DeterministicRandom(seed ^ (ulong)Environment.CurrentManagedThreadId * 0x9E37_79B9_7F4A_7C15UL));

    /// <inheritdoc/>
    public bool Interleaves => true;

    /// <inheritdoc/>
    public void Yield(string point)
    {
        var draw = random.Value!.Next(8);
        if (draw == 0)
        {
            Thread.Yield();
        }
        else if (draw < 4)
        {
            Thread.SpinWait(20 * draw);
        }
    }

    /// <inheritdoc/>
    public void Blocked(string point) => Thread.Yield();
}
