// Switch room: PF halt and initialize, after which no SR-IOV OID reaches the miniport until it is initialized again.

namespace SriovVerification.Implementation.Switch;

/// <content>
/// PF halt and initialize: once NDIS began halting the PF miniport no SR-IOV OID reaches it; each one is refused with
/// INVALID_DEVICE_REQUEST and counted, until the miniport is initialized again.
/// </content>
public sealed partial class PfMiniport
{
    private bool halted;
    private int oidsRefusedAfterHalt;

    /// <summary>Whether the PF miniport is halted.</summary>
    public bool Halted => halted;

    /// <summary>OID requests refused because the PF was halted, since the adapter was created.</summary>
    public int OidsRefusedAfterHalt => oidsRefusedAfterHalt;

    /// <summary>Halts the PF miniport (the stack has torn everything down before): no OID reaches it from now on.</summary>
    internal void Halt() => SetHalted(true, "PF halt");

    /// <summary>Initializes the halted PF miniport again: no switch, VF Enable clear.</summary>
    internal void Initialize() => SetHalted(false, "PF initialize");

    private void SetHalted(bool value, string logText)
    {
        requestGate.Enter(Scheduler);
        try
        {
            halted = value;
            logParameters = "";
            Log(logText, NdisStatus.Success);
        }
        finally
        {
            requestGate.Exit();
        }
    }

    /// <summary>The refusal of a request that arrives after halt began (counted), or null while the PF runs.</summary>
    private OidResult? HaltedRefusal(OidRequest request)
    {
        if (!halted || options.Has(DefectCatalog.OidReachesHaltedPf))
        {
            return null;
        }

        oidsRefusedAfterHalt++;
        logParameters = "(the PF is halted)";
        return Complete(request, NdisStatus.InvalidDeviceRequest);
    }
}
