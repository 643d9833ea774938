// Concurrency room: A reentrant lock that waits through the IScheduler (so a cooperative scheduler can run the holder while a waiter is parked) and that a holder can release across a yield point and take back at the same depth.
namespace SriovVerification.Implementation.Concurrency;

/// <summary>
/// A reentrant lock that waits through the <see cref="IScheduler"/> (so a cooperative scheduler can run the holder
/// while a waiter is parked) and that a holder can release across a yield point and take back at the same depth.
/// </summary>
internal sealed class SchedulerGate(string waitPoint)
{
    private const int SpinBound = 1 << 26;
    private int owner;
    private int depth;

    public void Enter(IScheduler scheduler)
    {
        var me = Environment.CurrentManagedThreadId;
        if (Volatile.Read(ref owner) == me)
        {
            depth++;
            return;
        }

        for (var attempt = 0; Interlocked.CompareExchange(ref owner, me, 0) != 0; attempt++)
        {
            if (attempt >= SpinBound)
            {
                throw new AdapterInvariantException("lock-wait-bounded", $"waited {SpinBound} times for {waitPoint}");
            }

            scheduler.Blocked(waitPoint);
        }

        depth = 1;
    }

    public void Exit()
    {
        if (--depth == 0)
        {
            Interlocked.Exchange(ref owner, 0);
        }
    }

    public bool HeldByCaller => Volatile.Read(ref owner) == Environment.CurrentManagedThreadId;

    /// <summary>Releases the lock completely, yields at <paramref name="point"/>, and takes it back at the same depth.</summary>
    public void YieldOutside(IScheduler scheduler, string point)
    {
        if (!HeldByCaller)
        {
            scheduler.Yield(point);
            return;
        }

        var saved = depth;
        depth = 0;
        Interlocked.Exchange(ref owner, 0);
        scheduler.Yield(point);
        Enter(scheduler);
        depth = saved;
    }
}
