// The datacenter's concurrency seam: the configuration and state locks, the structural checks around each step, and the scheduler's yield points.
using SriovVerification.Implementation.Concurrency;

namespace SriovVerification.Implementation;

/// <content>
/// Concurrency: who may run beside whom. Configuration operations (OIDs from the management OS and the host stack's
/// sequences) are serialized by the configuration lock, as the virtualization stack serializes its work on a host;
/// every step that changes adapter state holds the state lock, which composite operations release at their yield points
/// when the injected <see cref="IScheduler"/> interleaves; guest events take only the state lock; each PF miniport
/// serializes its OID requests with its own request lock. Sends and receives take none of these: they read the switch
/// table version the miniport published, per-VF state through volatile fields, and count frames with interlocked
/// operations.
/// </content>
public sealed partial class Datacenter
{
    /// <summary>Capacity of <see cref="DataPathLog"/>.</summary>
    public const int DataPathLogCapacity = 1 << 20;

    private readonly SchedulerGate configurationGate = new(YieldPoints.ConfigurationLockWait);
    private readonly SchedulerGate stateGate = new(YieldPoints.StateLockWait);

    /// <summary>The interleaving seam; <see cref="NoScheduler"/> unless a harness injects one.</summary>
    public IScheduler Scheduler
    {
        get => fabric.Scheduler;
        set
        {
            fabric.Scheduler = value;
            foreach (var host in hosts)
            {
                host.Miniport.Scheduler = fabric.Scheduler;
            }
        }
    }

    /// <summary>Sends, indications, drops and VPort deletions on one logical clock, for the data-path checkers.</summary>
    public DataPathLog DataPathLog { get; } = new(DataPathLogCapacity);

    /// <summary>A configuration operation: configuration lock and state lock, with the structural checks before and after.</summary>
    private T Configuration<T>(Func<T> operation)
    {
        configurationGate.Enter(fabric.Scheduler);
        try
        {
            return GuestStep(operation);
        }
        finally
        {
            configurationGate.Exit();
        }
    }

    /// <summary>A guest event (or one step of a configuration operation): the state lock, with the structural checks.</summary>
    private T GuestStep<T>(Func<T> operation)
    {
        stateGate.Enter(fabric.Scheduler);
        try
        {
            AssertInvariants();
            var result = operation();
            AssertInvariants();
            return result;
        }
        finally
        {
            stateGate.Exit();
        }
    }

    /// <summary>A read-only query under the state lock.</summary>
    private T Read<T>(Func<T> query)
    {
        stateGate.Enter(fabric.Scheduler);
        try
        {
            return query();
        }
        finally
        {
            stateGate.Exit();
        }
    }

    /// <summary>
    /// The boundary between two atomic steps of a composite operation: with an interleaving scheduler the state lock is
    /// released (structures are consistent here) and the scheduler may run guest events and the data path.
    /// </summary>
    private void StepBoundary(string point)
    {
        if (fabric.Scheduler.Interleaves)
        {
            AssertInvariants();
            stateGate.YieldOutside(fabric.Scheduler, point);
        }
    }
}
