// Switch room: the PF miniport's fault seams: an injected OID failure and a PF reset.
using SriovVerification.Implementation.Pci;

namespace SriovVerification.Implementation.Switch;

/// <content>Fault seams: an injected OID failure and a PF reset. Both are off unless a caller arms or triggers them.</content>
public sealed partial class PfMiniport
{
    private readonly Dictionary<Oid, NdisStatus> injectedFailures = [];

    /// <summary>The OID failures armed and not yet taken, by OID.</summary>
    public IReadOnlyDictionary<Oid, NdisStatus> InjectedOidFailures => injectedFailures;

    /// <summary>
    /// Arms a one-shot fault: the next request for <paramref name="oid"/> completes with <paramref name="status"/> without
    /// reaching the hardware (nothing changes). Arming the same OID again replaces the status.
    /// </summary>
    public void InjectOidFailure(Oid oid, NdisStatus status)
    {
        if (status == NdisStatus.Success)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "an injected failure must not be SUCCESS");
        }

        injectedFailures[oid] = status;
    }

    /// <summary>Disarms every injected OID failure.</summary>
    public void ClearInjectedOidFailures() => injectedFailures.Clear();

    private OidResult? TakeInjectedFailure(OidRequest request)
    {
        if (!injectedFailures.Remove(request.Oid, out var status))
        {
            return null;
        }

        logParameters = "(injected failure)";
        return Complete(request, status);
    }

    /// <summary>
    /// A reset of the PF (hot reset or PF FLR): VF Enable and NumVFs are cleared, so every VF vanishes with its
    /// configuration space; the NIC switch, its VPorts and its filters are gone. Returns the NumVFs the switch had.
    /// </summary>
    internal int ResetFunction()
    {
        requestGate.Enter(Scheduler);
        try
        {
            return ResetFunctionLocked();
        }
        finally
        {
            requestGate.Exit();
        }
    }

    private int ResetFunctionLocked()
    {
        AssertInvariants();
        var numVfs = switchNumVfs;
        vports.Clear();
        filters.Clear();
        leftoverRoutes.Clear();
        vfs.Clear();
        vfConfigSpaces.Disable();
        queuePairsInUse = 0;
        switchExists = false;
        switchNumVfs = 0;
        pfConfigSpace.WriteWord(PciRegisters.SriovControl, 0);
        pfConfigSpace.WriteWord(PciRegisters.SriovNumVfs, 0);
        Publish();
        logParameters = $"NumVFs={numVfs}";
        Log("PF reset", NdisStatus.Success);
        AssertInvariants();
        return numVfs;
    }
}
