// Switch room: the concurrent data path's view of the miniport: published switch table versions and the readers in flight.
using System.Collections.Immutable;
using SriovVerification.Implementation.Concurrency;

namespace SriovVerification.Implementation.Switch;

/// <content>
/// The concurrent data path's view of the miniport: the switch table published as immutable versions (read-copy-update),
/// the count of receives and sends in flight that DELETE_VPORT waits for, and the scheduler seam.
/// </content>
public sealed partial class PfMiniport
{
    private const int DrainBound = 1 << 24;

    /// <summary>The interleaving seam (no-op by default); the datacenter sets it.</summary>
    internal IScheduler Scheduler { get; set; } = NoScheduler.Instance;

    /// <summary>Where VPort deletions are recorded for the data-path checkers; the datacenter sets it.</summary>
    internal DataPathLog? EventLog { get; set; }

    /// <summary>The host this adapter is in (for the event log).</summary>
    internal int HostIndex { get; set; }

    /// <summary>The current switch table version: one atomic read.</summary>
    internal RoutingTable Routing => Volatile.Read(ref routing);

    /// <summary>Every entry of the published switch table as (filter id, VPort id), in the table's order: a filter appears once per VPort it is on.</summary>
    public IReadOnlyList<(int FilterId, int VPortId)> FilterRoutes => [.. Routing.Filters.Select(f => (f.FilterId, f.VPortId))];

    /// <summary>A receive or send starts using the switch table; returns the reader epoch to pass to <see cref="ExitReader"/>.</summary>
    internal int EnterReader()
    {
        var epoch = Volatile.Read(ref readerEpoch);
        Interlocked.Increment(ref readersInFlight[epoch]);
        return epoch;
    }

    /// <summary>A receive or send of reader epoch <paramref name="epoch"/> is done with the switch table.</summary>
    internal void ExitReader(int epoch) => Interlocked.Decrement(ref readersInFlight[epoch]);

    /// <summary>Builds the next switch table version from the request-side tables and swaps it in atomically.</summary>
    private void Publish()
    {
        var vportRoutes = ImmutableDictionary.CreateBuilder<int, RoutingTable.VPortRoute>();
        foreach (var p in vports.Values)
        {
            vportRoutes.Add(p.VPortId, new RoutingTable.VPortRoute(p.VPortId, p.Incarnation, p.AttachedVfId, p.Activated));
        }

        // A leftover entry comes first in the table: the switch routes by the first match.
        var filterRoutes = ImmutableArray.CreateBuilder<RoutingTable.FilterRoute>(leftoverRoutes.Count + filters.Count);
        filterRoutes.AddRange(leftoverRoutes.Values);
        foreach (var f in filters.Values)
        {
            filterRoutes.Add(new RoutingTable.FilterRoute(f.FilterId, f.VPortId, f.MacAddress, f.VlanId));
        }

        var vfRoutes = ImmutableArray.CreateBuilder<RoutingTable.VfRoute>(vfs.Count);
        foreach (var v in vfs)
        {
            if (v.IsAllocated)
            {
                vfRoutes.Add(new RoutingTable.VfRoute(v.VfId, v.OwnerVmName, v.MacAddress, v));
            }
        }

        var current = Volatile.Read(ref routing);
        Interlocked.Exchange(ref routing, new RoutingTable(current.Version + 1, switchExists, filterRoutes.DrainToImmutable(), vportRoutes.ToImmutable(), vfRoutes.DrainToImmutable())
        {
            FieldsOred = options.Has(DefectCatalog.FilterFieldsOred),
            FirstFilterPerVPortOnly = options.Has(DefectCatalog.OnlyFirstFilterPerVPort),
        });
    }

    /// <summary>
    /// The grace period: waits until no receive or send that may have read an older table is in flight. DELETE_VPORT
    /// waits so that nothing is indicated or sent on the deleted VPort after it completes; a VF miniport's pause waits so
    /// that the receives already routed to the VF are indicated before it stops.
    /// </summary>
    /// <remarks>
    /// Two reader epochs, as in sleepable RCU: the drain flips the epoch and waits only for the readers of the old one, so
    /// a steady stream of new readers (which see the table published before the flip) cannot starve it. Drains are
    /// serialized by the state lock.
    /// </remarks>
    internal void DrainReaders()
    {
        var old = Volatile.Read(ref readerEpoch);
        Interlocked.Exchange(ref readerEpoch, 1 - old);
        for (var attempt = 0; Volatile.Read(ref readersInFlight[old]) > 0; attempt++)
        {
            if (attempt >= DrainBound)
            {
                throw new AdapterInvariantException("vport-drain-bounded", $"{Volatile.Read(ref readersInFlight[old])} receives still in flight after {DrainBound} waits");
            }

            Scheduler.Blocked(YieldPoints.ReaderDrain);
        }
    }
}
