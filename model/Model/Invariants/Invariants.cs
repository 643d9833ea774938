// The invariant table and the entry points that check states and steps.
namespace SriovVerification.Model;

/// <summary>
/// The invariants: the spec's INV-01 … INV-25 and INV-26 … INV-29 of <c>docs/MODEL.md</c>. Each is a named predicate
/// quantified over every host, VF, VPort, filter and VM; they hold for every state <see cref="SriovModel.Apply"/> produces
/// and can fail on arbitrary <see cref="ModelState"/> values (for example ones abstracted from the emulated adapter).
/// No allocation when nothing is violated.
/// </summary>
public static partial class Invariants
{
    /// <summary>Every invariant: id, one-line description, kind.</summary>
    public static IReadOnlyList<InvariantInfo> All { get; } =
    [
        new("INV-01", "At most one NIC switch exists, and it is the default switch.", InvariantKind.State),
        new("INV-02", "The default VPort exists iff the switch exists; it is attached to the PF and Activated.", InvariantKind.State),
        new("INV-03", "Every nondefault VPort has a unique id in 1 … NumVPorts−1, and its attachment never changes.", InvariantKind.State | InvariantKind.Transition),
        new("INV-04", "Every VF-attached VPort belongs to an allocated VF; an allocated VF has at most one VPort.", InvariantKind.State),
        new("INV-05", "Allocated VF ids are unique and < NumVFs; allocated VFs ≤ NumVFs ≤ TotalVFs.", InvariantKind.State),
        new("INV-06", "Each allocated VF's RID is PF RID + FirstVFOffset + VFStride·VFId (with bus carry); RIDs are unique.", InvariantKind.State),
        new("INV-07", "VPort count ≤ MaxNumVPorts; Σ queue pairs ≤ MaxNumQueuePairs.", InvariantKind.State),
        new("INV-08", "VPort state never goes Activated → Deactivated; VF VPorts are Activated.", InvariantKind.Transition),
        new("INV-09", "Every filter is on exactly one existing VPort at every instant, including during a move.", InvariantKind.State),
        new("INV-10", "Each VM adapter's MAC+VLAN is steered to exactly one VPort: its VF's VPort on the VF path, the default VPort (or its own VF's VPort) otherwise.", InvariantKind.State),
        new("INV-11", "A VPort with filters is never deleted; after deletion nothing is indicated on it.", InvariantKind.Transition),
        new("INV-12", "A unicast frame is delivered to at most one VM, and only to the VM whose filter it matches (isolation).", InvariantKind.Transition),
        new("INV-13", "FREE_VF succeeds only for an allocated VF without a VPort.", InvariantKind.Transition),
        new("INV-14", "RESET_VF and any VF operation change nothing of other VFs or the PF.", InvariantKind.Transition),
        new("INV-15", "After FLR a VF has no pending interrupts, no DMA, default config space.", InvariantKind.Transition),
        new("INV-16", "A re-allocated VF carries nothing of its previous tenant.", InvariantKind.Transition),
        new("INV-17", "Teardown order per VF: guest off the VF → filters to default → DELETE_VPORT → RESET_VF → FREE_VF.", InvariantKind.Transition),
        new("INV-18", "DELETE_SWITCH succeeds only with no VF allocated, no nondefault VPort, no filter.", InvariantKind.Transition),
        new("INV-19", "Config space accesses stay inside the VF's config space and the caller's buffer; read-only fields never change.", InvariantKind.State | InvariantKind.Transition),
        new("INV-20", "The config-block invalidation mask delivered ⊇ the OR of all masks posted since the last delivery.", InvariantKind.Transition),
        new("INV-21", "NetVSC binds only to a VF miniport, and a guest sends on the VF only after its VF path is fully set up.", InvariantKind.State),
        new("INV-22", "Any VF removal ends with the VM's filters on the default VPort and the VM on the synthetic path.", InvariantKind.Transition),
        new("INV-23", "Live migration: no VF is attached to the VM when it pauses on the source.", InvariantKind.State),
        new("INV-24", "NumVFs is written only while VF Enable is clear and never exceeds TotalVFs.", InvariantKind.Transition),
        new("INV-25", "A refused request changes nothing.", InvariantKind.Transition),
        new("INV-26", "A VF's guest device is present (not Absent) only while the VF is allocated and has a VPort.", InvariantKind.State),
        new("INV-27", "A VM is connected iff exactly one filter is owned by it, on the switch of the host it runs on.", InvariantKind.State),
        new("INV-28", "A VF is allocated only to a VM that runs on that host and is not migrating.", InvariantKind.State),
        new("INV-29", "A VM's data path is Vf only when its VF is Bound, has a VPort, and the VM's filter is on that VPort.", InvariantKind.State),
    ];

    /// <summary>The description of invariant <paramref name="id"/>, or null.</summary>
    public static InvariantInfo? Find(string id)
    {
        foreach (var info in All)
        {
            if (info.Id == id)
            {
                return info;
            }
        }

        return null;
    }

    /// <summary>Checks every state invariant on <paramref name="state"/>; empty when all hold.</summary>
    public static IReadOnlyList<InvariantViolation> CheckState(ModelConfig config, ModelState state)
    {
        List<InvariantViolation>? violations = null;
        for (var h = 0; h < state.Hosts.Length; h++)
        {
            var host = state.Hosts[h];
            Inv01SingleDefaultSwitch(h, host, ref violations);
            Inv02DefaultVPort(h, host, ref violations);
            Inv03VPortIds(config, h, host, ref violations);
            Inv04VfVPorts(h, host, ref violations);
            Inv05VfIds(config, h, host, ref violations);
            Inv06Rids(config, h, host, ref violations);
            Inv07Limits(config, h, host, ref violations);
            Inv09FiltersOnVPorts(h, host, ref violations);
            Inv19ReadOnlyBits(h, host, ref violations);
            Inv26DevicePresence(h, host, ref violations);
            Inv28VfOwners(state, h, host, ref violations);
        }

        for (var v = 0; v < state.Vms.Length; v++)
        {
            Inv10Steering(config, state, v, ref violations);
            Inv21VfPathSetUp(state, v, ref violations);
            Inv23NoVfWhileMigrating(state, v, ref violations);
            Inv27Connection(state, v, ref violations);
            Inv29VfPath(state, v, ref violations);
        }

        return violations is null ? [] : violations;
    }

    private static void Report(ref List<InvariantViolation>? violations, string id, string message) =>
        (violations ??= []).Add(new InvariantViolation(id, message));

    private static VfState? VfOf(HostState host, int vfId) => vfId >= 0 && vfId < host.Vfs.Length ? host.Vfs[vfId] : null;

    private static string Hex(int value) => "0x" + value.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
