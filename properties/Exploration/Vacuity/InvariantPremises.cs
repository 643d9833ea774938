// Exploration/Vacuity: for each invariant, the premise under which it says something

namespace SriovVerification.Exploration.Vacuity;

/// <summary>
/// For each invariant, the premise under which it says something: the objects it quantifies over exist
/// (e.g. INV-06 needs an allocated VF). An invariant whose premise never held in an exploration was checked
/// vacuously. Evaluated from one pass over the state.
/// </summary>
public static class InvariantPremises
{
    internal const int Switch = 1 << 0;
    internal const int NondefaultVPort = 1 << 1;
    internal const int VfVPort = 1 << 2;
    internal const int VfAllocated = 1 << 3;
    internal const int Filter = 1 << 4;
    internal const int VmConnected = 1 << 5;
    internal const int NondefaultVPortWithFilter = 1 << 6;
    internal const int AllocatedVfWithoutVPort = 1 << 7;
    internal const int AllocatedVfBesideAnother = 1 << 8;
    internal const int VfOutOfReset = 1 << 9;
    internal const int VfTenantTraces = 1 << 10;
    internal const int RemovalUnderway = 1 << 11;
    internal const int SwitchDeletable = 1 << 12;
    internal const int InvalidationPending = 1 << 13;
    internal const int VfBound = 1 << 14;
    internal const int VmMigrating = 1 << 15;
    internal const int VfDevicePresent = 1 << 16;
    internal const int VfDataPath = 1 << 17;
    internal const int Always = 1 << 18;

    private static readonly (string Id, string Premise, int Fact)[] Table =
    [
        ("INV-01", "a NIC switch", Switch),
        ("INV-02", "a NIC switch", Switch),
        ("INV-03", "a nondefault VPort", NondefaultVPort),
        ("INV-04", "a VPort attached to a VF", VfVPort),
        ("INV-05", "an allocated VF", VfAllocated),
        ("INV-06", "an allocated VF", VfAllocated),
        ("INV-07", "a nondefault VPort", NondefaultVPort),
        ("INV-08", "a nondefault VPort", NondefaultVPort),
        ("INV-09", "a receive filter", Filter),
        ("INV-10", "a connected VM", VmConnected),
        ("INV-11", "a nondefault VPort with a filter", NondefaultVPortWithFilter),
        ("INV-12", "a connected VM", VmConnected),
        ("INV-13", "an allocated VF without a VPort", AllocatedVfWithoutVPort),
        ("INV-14", "an allocated VF beside another VF", AllocatedVfBesideAnother),
        ("INV-15", "an allocated VF out of reset (Bus Master, MSI-X, DMA or an interrupt)", VfOutOfReset),
        ("INV-16", "an allocated VF carrying tenant state (guest device, config block, invalidation)", VfTenantTraces),
        ("INV-17", "a VF removal under way", RemovalUnderway),
        ("INV-18", "a switch with nothing allocated on it", SwitchDeletable),
        ("INV-19", "an allocated VF", VfAllocated),
        ("INV-20", "a pending invalidation", InvalidationPending),
        ("INV-21", "a VF device bound by NetVSC", VfBound),
        ("INV-22", "a VF removal under way", RemovalUnderway),
        ("INV-23", "a migrating VM", VmMigrating),
        ("INV-24", "a NIC switch", Switch),
        ("INV-25", "any state (refusals are tried in every state)", Always),
        ("INV-26", "a VF device present in a guest", VfDevicePresent),
        ("INV-27", "a connected VM", VmConnected),
        ("INV-28", "an allocated VF", VfAllocated),
        ("INV-29", "a VM on the VF data path", VfDataPath),
    ];

    /// <summary>The invariant ids with a premise, ascending.</summary>
    public static IReadOnlyList<string> InvariantIds { get; } = Table.Select(t => t.Id).ToArray();

    /// <summary>The premise text of <paramref name="invariantId"/>, or null when the table has none.</summary>
    public static string? PremiseOf(string invariantId)
    {
        foreach (var (id, premise, _) in Table)
        {
            if (id == invariantId)
            {
                return premise;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="invariantId"/>'s premise holds in <paramref name="state"/>.</summary>
    public static bool Holds(string invariantId, ModelState state)
    {
        var facts = Facts(state);
        foreach (var (id, _, fact) in Table)
        {
            if (id == invariantId)
            {
                return (facts & fact) != 0;
            }
        }

        return false;
    }

    /// <summary>The <see cref="Facts"/> bit of premise <paramref name="index"/> (in <see cref="InvariantIds"/> order).</summary>
    internal static int FactOf(int index) => Table[index].Fact;

    /// <summary>Adds one to <paramref name="counts"/>[i] for every premise i (in <see cref="InvariantIds"/> order) that holds in <paramref name="state"/>.</summary>
    public static void Count(ModelState state, Span<long> counts) => CountFacts(Facts(state), counts);

    /// <summary>Adds <paramref name="times"/> to <paramref name="counts"/>[i] for every premise i that <paramref name="facts"/> (a <see cref="Facts"/> mask) makes hold.</summary>
    internal static void CountFacts(int facts, Span<long> counts, long times = 1)
    {
        for (var i = 0; i < Table.Length; i++)
        {
            if ((facts & Table[i].Fact) != 0)
            {
                counts[i] += times;
            }
        }
    }

    /// <summary>The coverage entry of every invariant with a premise, from per-premise state counts in <see cref="InvariantIds"/> order.</summary>
    internal static List<InvariantCoverage> Coverage(ReadOnlySpan<long> premiseCounts)
    {
        var invariants = new List<InvariantCoverage>(Table.Length);
        for (var i = 0; i < Table.Length; i++)
        {
            invariants.Add(new InvariantCoverage(Table[i].Id, Table[i].Premise, premiseCounts[i]));
        }

        return invariants;
    }

    /// <summary>The premise facts of <paramref name="state"/> as a mask of the constants above.</summary>
    internal static int Facts(ModelState state)
    {
        var facts = Always;
        foreach (var vm in state.Vms)
        {
            facts |= (vm.Connected ? VmConnected : 0) | (vm.Migrating ? VmMigrating : 0) | (vm.DataPath == DataPath.Vf ? VfDataPath : 0);
        }

        foreach (var host in state.Hosts)
        {
            if (host.Switches.Length > 0)
            {
                facts |= Switch;
            }

            var allocated = 0;
            var nondefaultVPorts = 0;
            foreach (var vport in host.VPorts)
            {
                if (vport.VPortId != 0)
                {
                    nondefaultVPorts++;
                    facts |= NondefaultVPort | (vport.IsOnPf ? 0 : VfVPort);
                }
            }

            foreach (var filter in host.Filters)
            {
                facts |= Filter;
                if (filter.VPortId != 0)
                {
                    facts |= NondefaultVPortWithFilter;
                }
            }

            foreach (var vf in host.Vfs)
            {
                facts |= VfFacts(host, vf);
                allocated += vf.IsAllocated ? 1 : 0;
            }

            if (host.Switches.Length > 0 && allocated == 0 && nondefaultVPorts == 0 && host.Filters.Length == 0)
            {
                facts |= SwitchDeletable;
            }
        }

        return facts;
    }

    /// <summary>The premise facts one VF of <paramref name="host"/> establishes.</summary>
    private static int VfFacts(HostState host, VfState vf)
    {
        var facts = 0;
        if (vf.Device != VfDeviceState.Absent)
        {
            facts |= VfDevicePresent;
        }

        if (vf.Device == VfDeviceState.Bound)
        {
            facts |= VfBound;
        }

        if (vf.RemovalRequested || vf.Device is VfDeviceState.Paused or VfDeviceState.Unbound or VfDeviceState.SurpriseRemoved)
        {
            facts |= RemovalUnderway;
        }

        if (vf.PendingInvalidation != 0)
        {
            facts |= InvalidationPending;
        }

        if (!vf.IsAllocated)
        {
            return facts;
        }

        facts |= VfAllocated;
        if (host.Vfs.Length > 1)
        {
            facts |= AllocatedVfBesideAnother;
        }

        if (!HasVPort(host, vf.VfId))
        {
            facts |= AllocatedVfWithoutVPort;
        }

        if (vf.CommandRegister != 0 || vf.MsixEnabled || vf.MsiEnabled || vf.DmaActive || vf.InterruptPending)
        {
            facts |= VfOutOfReset;
        }

        if (vf.Device != VfDeviceState.Absent || vf.PendingInvalidation != 0 || HasNonZero(vf.ConfigBlocks))
        {
            facts |= VfTenantTraces;
        }

        return facts;
    }

    private static bool HasVPort(HostState host, int vfId)
    {
        foreach (var vport in host.VPorts)
        {
            if (vport.AttachedVfId == vfId)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNonZero(ValueArray<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b != 0)
            {
                return true;
            }
        }

        return false;
    }
}
