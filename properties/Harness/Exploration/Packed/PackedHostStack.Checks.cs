using SriovVerification.Model;
using P = SriovVerification.Harness.Exploration.InvariantPremises;

namespace SriovVerification.Harness.Exploration.Packed;

/// <summary>
/// The invariants on packed worlds. A packed world cannot express most violations (one switch bit per host cannot
/// make two switches; a free VF is not stored, so it cannot carry a tenant's state); the checks here are the
/// invariants a packed world can break, written over the records (<c>docs/EXPLORATION.md</c>, "Packed engine").
/// </summary>
internal sealed partial class PackedHostStack
{
    /// <summary>The invariant ids <see cref="CheckState"/> and <see cref="CheckStep"/> evaluate on every state and step.</summary>
    public static IReadOnlyList<string> CheckedInvariants { get; } =
        ["INV-03", "INV-05", "INV-07", "INV-09", "INV-10", "INV-16", "INV-22", "INV-23", "INV-26", "INV-27", "INV-29"];

    /// <summary>The first invariant the packed world breaks, or null.</summary>
    public InvariantViolation? CheckState(ReadOnlySpan<ulong> records, uint switches)
    {
        Span<int> vfCount = stackalloc int[MaxHosts];
        Span<int> queuePairs = stackalloc int[MaxHosts];
        Span<ulong> vfIds = stackalloc ulong[MaxHosts];
        Span<ulong> vportIds = stackalloc ulong[MaxHosts];
        Span<ulong> filterIds = stackalloc ulong[MaxHosts];
        for (var h = 0; h < MaxHosts; h++)
        {
            queuePairs[h] = defaultQueuePairs;
        }

        for (var v = 0; v < VmCount; v++)
        {
            var r = records[v];
            var h = VmRecord.Host(r);
            var hasVf = VmRecord.Is(r, VmRecord.HasVf);
            if (h >= HostCount)
            {
                return new InvariantViolation("INV-27", $"VM {v} runs on host {h}, which does not exist");
            }

            if (hasVf)
            {
                vfCount[h]++;
                queuePairs[h] += VmRecord.QueuePairs(r);
                if (!Symmetry)
                {
                    var vfId = VmRecord.VfId(r);
                    var vportId = VmRecord.VPortId(r);
                    if (vportId < 1 || vportId >= maxVPorts || (vportIds[h] & (1UL << vportId)) != 0)
                    {
                        return new InvariantViolation("INV-03", $"VPort {vportId} of VM {v}'s VF on host {h} is out of 1 … {maxVPorts - 1} or not unique");
                    }

                    if (vfId >= numVfs || (vfIds[h] & (1UL << vfId)) != 0)
                    {
                        return new InvariantViolation("INV-05", $"VF {vfId} of VM {v} on host {h} is not below NumVFs {numVfs} or not unique");
                    }

                    vfIds[h] |= 1UL << vfId;
                    vportIds[h] |= 1UL << vportId;
                }

                if ((switches & (1u << h)) == 0)
                {
                    return new InvariantViolation("INV-05", $"VM {v} holds a VF on host {h}, which has no NIC switch");
                }
            }

            if (VmRecord.Is(r, VmRecord.Connected) && !Symmetry)
            {
                var filterId = VmRecord.FilterId(r);
                if (filterId < 1 || filterId > maxFilters || (filterIds[h] & (1UL << filterId)) != 0)
                {
                    return new InvariantViolation("INV-27", $"the filter of VM {v} on host {h} has id {filterId}: not in 1 … {maxFilters} or not unique");
                }

                filterIds[h] |= 1UL << filterId;
            }
        }

        for (var h = 0; h < HostCount; h++)
        {
            if (vfCount[h] > numVfs)
            {
                return new InvariantViolation("INV-05", $"host {h} has {vfCount[h]} VFs allocated, NumVFs is {numVfs}");
            }

            if (1 + vfCount[h] > maxVPorts || queuePairs[h] > maxQueuePairs)
            {
                return new InvariantViolation("INV-07", $"host {h} has {1 + vfCount[h]} VPorts (at most {maxVPorts}) and {queuePairs[h]} queue pairs (at most {maxQueuePairs})");
            }
        }

        for (var v = 0; v < VmCount; v++)
        {
            var r = records[v];
            var hasVf = VmRecord.Is(r, VmRecord.HasVf);
            var connected = VmRecord.Is(r, VmRecord.Connected);
            var device = VmRecord.Device(r);
            if (VmRecord.Is(r, VmRecord.FilterOnVf) && !(connected && hasVf))
            {
                return new InvariantViolation("INV-09", $"the filter of VM {v} is on a VF VPort that does not exist");
            }

            if (connected && VmRecord.Is(r, VmRecord.DataPathVf) && !VmRecord.Is(r, VmRecord.FilterOnVf))
            {
                return new InvariantViolation("INV-10", $"VM {v} is on the VF data path but its MAC and VLAN are steered to the default VPort");
            }

            if (device > (int)VfDeviceState.SurpriseRemoved || (device != (int)VfDeviceState.Absent && !hasVf))
            {
                return new InvariantViolation("INV-26", $"VM {v}'s VF device is {device} without an allocated VF with a VPort");
            }

            if (!hasVf && (r & VmRecord.VfFields & ~VmRecord.FilterOnVf) != 0)
            {
                return new InvariantViolation("INV-16", $"VM {v} holds no VF but VF state remains (record 0x{r:X})");
            }

            if (hasVf && VmRecord.Is(r, VmRecord.Migrating))
            {
                return new InvariantViolation("INV-23", $"VM {v} is migrating with a VF attached");
            }

            if (connected && (VmRecord.Is(r, VmRecord.Migrating) || (switches & (1u << VmRecord.Host(r))) == 0))
            {
                return new InvariantViolation("INV-27", $"VM {v} is connected but migrating or without a NIC switch on its host");
            }

            if (VmRecord.Is(r, VmRecord.DataPathVf) && !(hasVf && device == (int)VfDeviceState.Bound && VmRecord.Is(r, VmRecord.FilterOnVf)))
            {
                return new InvariantViolation("INV-29", $"VM {v} is on the VF data path without a Bound VF whose VPort holds its filter");
            }
        }

        return null;
    }

    /// <summary>INV-22 on a step: after a VF removal (removal time-out, host detach) the VM is on the synthetic path with its filter on the default VPort.</summary>
    public static InvariantViolation? CheckStep(PackedMoveKind kind, int vm, ulong after)
    {
        if (kind is PackedMoveKind.RemovalTimeout or PackedMoveKind.HostDetachVf
            && (VmRecord.Is(after, VmRecord.FilterOnVf) || VmRecord.Is(after, VmRecord.DataPathVf)))
        {
            return new InvariantViolation("INV-22", $"after {kind} VM {vm} is still on the VF data path or its filter on the VF's VPort");
        }

        return null;
    }

    /// <summary>The premise facts (<see cref="InvariantPremises"/>) of a packed world, as its <c>Facts</c> computes them for the <see cref="ModelState"/>.</summary>
    public int Facts(ReadOnlySpan<ulong> records, uint switches)
    {
        var facts = P.Always | (switches != 0 ? P.Switch : 0);
        Span<bool> busy = stackalloc bool[MaxHosts];
        for (var v = 0; v < VmCount; v++)
        {
            var r = records[v];
            var device = VmRecord.Device(r);
            if (VmRecord.Is(r, VmRecord.Connected))
            {
                facts |= P.VmConnected | P.Filter | (VmRecord.Is(r, VmRecord.FilterOnVf) ? P.NondefaultVPortWithFilter : 0);
                busy[VmRecord.Host(r)] = true;
            }

            facts |= (VmRecord.Is(r, VmRecord.Migrating) ? P.VmMigrating : 0) | (VmRecord.Is(r, VmRecord.DataPathVf) ? P.VfDataPath : 0);
            if (!VmRecord.Is(r, VmRecord.HasVf))
            {
                continue;
            }

            busy[VmRecord.Host(r)] = true;
            facts |= P.NondefaultVPort | P.VfVPort | P.VfAllocated | (numVfs > 1 ? P.AllocatedVfBesideAnother : 0)
                | ((r & (VmRecord.Initialized | VmRecord.Dma)) != 0 ? P.VfOutOfReset : 0);
            if (device != (int)VfDeviceState.Absent)
            {
                facts |= P.VfDevicePresent | P.VfTenantTraces;
            }

            if (device == (int)VfDeviceState.Bound)
            {
                facts |= P.VfBound;
            }

            if (VmRecord.Is(r, VmRecord.RemovalRequested)
                || device is (int)VfDeviceState.Paused or (int)VfDeviceState.Unbound or (int)VfDeviceState.SurpriseRemoved)
            {
                facts |= P.RemovalUnderway;
            }
        }

        for (var h = 0; h < HostCount; h++)
        {
            if ((switches & (1u << h)) != 0 && !busy[h])
            {
                facts |= P.SwitchDeletable;
            }
        }

        return facts;
    }
}
