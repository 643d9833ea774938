// Harness/Conformance/Monitors: INV-17 read from the adapter's OID log
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>
/// INV-17 read from the adapter's OID log: the successful OIDs one HostDetachVf issued come in the order filters back
/// (MOVE_FILTER, CLEAR_FILTER) → DELETE_VPORT → RESET_VF → FREE_VF, and an accepted detach issued RESET_VF and FREE_VF.
/// Refused and probe entries are skipped.
/// </summary>
public static class TeardownOrder
{
    private const string MoveFilter = nameof(I.Ndis.Oid.OID_RECEIVE_FILTER_MOVE_FILTER);
    private const string ClearFilter = nameof(I.Ndis.Oid.OID_RECEIVE_FILTER_CLEAR_FILTER);
    private const string DeleteVPort = nameof(I.Ndis.Oid.OID_NIC_SWITCH_DELETE_VPORT);
    private const string ResetVf = nameof(I.Ndis.Oid.OID_SRIOV_RESET_VF);
    private const string FreeVf = nameof(I.Ndis.Oid.OID_NIC_SWITCH_FREE_VF);

    /// <summary>The INV-17 violations in <paramref name="log"/> from entry <paramref name="fromIndex"/> on; empty when in order.</summary>
    public static IReadOnlyList<InvariantViolation> Check(IReadOnlyList<I.Switch.OidLogEntry> log, int fromIndex, bool accepted)
    {
        ArgumentNullException.ThrowIfNull(log);
        List<InvariantViolation>? violations = null;
        var rank = 0;
        var resets = 0;
        var frees = 0;
        string previous = "";
        for (var i = Math.Max(0, fromIndex); i < log.Count; i++)
        {
            var entry = log[i];
            if (entry.Status != I.Ndis.NdisStatus.Success)
            {
                continue;
            }

            var entryRank = entry.Name switch
            {
                MoveFilter or ClearFilter => 1,
                DeleteVPort => 2,
                ResetVf => 3,
                FreeVf => 4,
                _ => 0,
            };
            if (entryRank == 0)
            {
                continue;
            }

            resets += entryRank == 3 ? 1 : 0;
            frees += entryRank == 4 ? 1 : 0;
            if (entryRank < rank)
            {
                (violations ??= []).Add(new InvariantViolation("INV-17", $"adapter: teardown issued {entry.Name} after {previous} (OID log entry {entry.Sequence})"));
            }

            rank = Math.Max(rank, entryRank);
            previous = entry.Name;
        }

        if (accepted && (resets == 0 || frees == 0))
        {
            (violations ??= []).Add(new InvariantViolation("INV-17", $"adapter: an accepted detach issued {resets} {ResetVf} and {frees} {FreeVf}"));
        }

        return violations is null ? [] : violations;
    }
}
