// The packed engine: the per-VM and per-host views its memo tables key on.

namespace SriovVerification.Exploration.Packed;

/// <summary>
/// Views: what a key of the memo holds. A VM's view is the VM, its record, every switch bit, and the facts of the
/// other VMs on its host (and, while it migrates, of the VMs on its destination) that the model reads: how many VFs,
/// filters and queue pairs they hold and, with symmetry off, which VF, VPort and filter ids. A host's view is the
/// host, its switch bit and the same facts of all the VMs on it.
/// </summary>
internal sealed partial class PackedHostStack
{
    /// <summary>Per host: VFs (bits 0 … 5), filters (6 … 12) and queue pairs (13 … 28) that the world's VMs hold there.</summary>
    private readonly ulong[] aggregates = new ulong[MaxHosts];

    /// <summary>Per host, symmetry off: the VF, VPort and filter ids the world's VMs hold there (bit id; filters bit id − 1).</summary>
    private readonly ulong[] vfIds = new ulong[MaxHosts], vportIds = new ulong[MaxHosts], filterIds = new ulong[MaxHosts];

    /// <summary>Words of a view key: 2 with symmetry on, 6 with the id masks.</summary>
    public int ViewWords { get; }

    /// <summary>What VM record <paramref name="r"/> adds to its host's aggregate.</summary>
    private static ulong Contribution(ulong r) =>
        (VmRecord.Is(r, VmRecord.HasVf) ? 1UL | ((ulong)VmRecord.QueuePairs(r) << 13) : 0) | (VmRecord.Is(r, VmRecord.Connected) ? 1UL << 6 : 0);

    /// <summary>Fills the per-host aggregates (and id masks) of the world.</summary>
    private void Summarize(ReadOnlySpan<ulong> records)
    {
        for (var h = 0; h < HostCount; h++)
        {
            aggregates[h] = 0;
            vfIds[h] = vportIds[h] = filterIds[h] = 0;
        }

        for (var v = 0; v < VmCount; v++)
        {
            var r = records[v];
            var h = VmRecord.Host(r);
            aggregates[h] += Contribution(r);
            if (!Symmetry)
            {
                AddIds(r, ref vfIds[h], ref vportIds[h], ref filterIds[h]);
            }
        }
    }

    private static void AddIds(ulong r, ref ulong vfs, ref ulong vports, ref ulong filters)
    {
        if (VmRecord.Is(r, VmRecord.HasVf))
        {
            vfs |= 1UL << VmRecord.VfId(r);
            vports |= 1UL << VmRecord.VPortId(r);
        }

        if (VmRecord.Is(r, VmRecord.Connected) && VmRecord.FilterId(r) > 0)
        {
            filters |= 1UL << (VmRecord.FilterId(r) - 1);
        }
    }

    /// <summary>The view key of VM <paramref name="v"/> (after <see cref="Summarize"/>).</summary>
    private void VmKey(ReadOnlySpan<ulong> records, uint switches, int v, Span<ulong> key)
    {
        var r = records[v];
        var h = VmRecord.Host(r);
        var migrating = VmRecord.Is(r, VmRecord.Migrating);
        var destination = VmRecord.Destination(r);
        key[0] = (uint)v | (r << 3) | ((ulong)switches << 59);
        key[1] = (aggregates[h] - Contribution(r)) | (migrating ? aggregates[destination] << 32 : 0);
        if (Symmetry)
        {
            return;
        }

        ulong vfs = 0, vports = 0, filters = 0, unused1 = 0, unused2 = 0, destinationFilters = 0;
        for (var w = 0; w < VmCount; w++)
        {
            var other = records[w];
            if (w == v)
            {
                continue;
            }

            if (VmRecord.Host(other) == h)
            {
                AddIds(other, ref vfs, ref vports, ref filters);
            }
            else if (migrating && VmRecord.Host(other) == destination)
            {
                AddIds(other, ref unused1, ref unused2, ref destinationFilters);
            }
        }

        key[2] = vfs;
        key[3] = vports;
        key[4] = filters;
        key[5] = destinationFilters;
    }

    /// <summary>The view key of host <paramref name="h"/> (after <see cref="Summarize"/>).</summary>
    private void HostKey(uint switches, int h, Span<ulong> key)
    {
        key[0] = (uint)h | (((ulong)(switches >> h) & 1UL) << 3);
        key[1] = aggregates[h];
        if (!Symmetry)
        {
            key[2] = vfIds[h];
            key[3] = vportIds[h];
            key[4] = filterIds[h];
            key[5] = 0;
        }
    }

    /// <summary>
    /// The first state invariant of <c>Invariants.CheckState</c> the world breaks, or null. A world whose every VM view
    /// and host view has been part of a world that passed <c>Invariants.CheckState</c> passes too (every invariant is
    /// decided inside one view, <c>docs/EXPLORATION.md</c>); any other world is decoded and checked in full.
    /// </summary>
    public InvariantViolation? CheckState(ReadOnlySpan<ulong> records, uint switches)
    {
        Summarize(records);
        Span<ulong> key = stackalloc ulong[ViewWords];
        var known = true;
        for (var v = 0; v < VmCount && known; v++)
        {
            VmKey(records, switches, v, key);
            var e = vmViews.Find(key);
            known = e >= 0 && vmEntries[e].StateChecked;
        }

        for (var h = 0; h < HostCount && known; h++)
        {
            HostKey(switches, h, key);
            var e = hostViews.Find(key);
            known = e >= 0 && hostEntries[e].StateChecked;
        }

        if (known)
        {
            return null;
        }

        var violations = Invariants.CheckState(config, ToModel(records[..VmCount], switches));
        if (violations.Count > 0)
        {
            return violations[0];
        }

        for (var v = 0; v < VmCount; v++)
        {
            VmKey(records, switches, v, key);
            var e = VmEntry(key);
            vmEntries[e].StateChecked = true;
        }

        for (var h = 0; h < HostCount; h++)
        {
            HostKey(switches, h, key);
            var e = HostEntry(key);
            hostEntries[e].StateChecked = true;
        }

        return null;
    }
}
