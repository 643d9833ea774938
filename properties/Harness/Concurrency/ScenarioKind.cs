// Harness/Concurrency: the control-path transitions a scheduled run puts under traffic
namespace SriovVerification.Harness.Concurrency;

/// <summary>The control-path transitions a scheduled run puts under traffic.</summary>
public enum ScenarioKind
{
    /// <summary>VF initialization: attach, the guest initializes, binds and switches to the VF path.</summary>
    Attach,
    /// <summary>Graceful VF failover: removal requested, the guest leaves the VF in time, teardown.</summary>
    GracefulFailover,
    /// <summary>Surprise removal: the guest leaves the VF path but never halts; the removal time-out fires, then teardown.</summary>
    SurpriseFailover,
    /// <summary>A VF attached and revoked as soon as NetVSC bound, while the guest may be switching to it.</summary>
    AttachRevoke,
    /// <summary>Reassignment: the only VF is taken from VM 0 (failover) and given to VM 1 (initialization).</summary>
    Reassignment,
    /// <summary>Live migration: failover on the source, migration, resume and VF initialization on the destination.</summary>
    LiveMigration,
}
