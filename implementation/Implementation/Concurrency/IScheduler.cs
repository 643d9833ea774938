// Concurrency room: the interleaving seam of the emulated adapter.
namespace SriovVerification.Implementation.Concurrency;

/// <summary>
/// The interleaving seam of the emulated adapter. The adapter calls <see cref="Yield"/> at each atomic step of its
/// composite operations (between the OIDs of a VF attach or detach, between a data-path lookup and the indication,
/// between stamping a send and transmitting it) and <see cref="Blocked"/> while it waits for a lock or a drain. The
/// default, <see cref="NoScheduler"/>, does nothing, so a single caller sees every operation as one step; a harness
/// injects its own to choose the interleaving.
/// </summary>
public interface IScheduler
{
    /// <summary>
    /// Whether composite operations release the adapter's state lock at their yield points, so that guest events and the
    /// data path can run between their steps. False for <see cref="NoScheduler"/>: every operation then runs whole.
    /// </summary>
    bool Interleaves { get; }

    /// <summary>The calling actor reached the atomic step boundary <paramref name="point"/> (see <see cref="YieldPoints"/>).</summary>
    void Yield(string point);

    /// <summary>The calling actor cannot proceed at <paramref name="point"/> until another actor makes progress.</summary>
    void Blocked(string point);
}
