// Switch room: the PF miniport of one emulated SR-IOV adapter.
using SriovVerification.Implementation.Concurrency;
using SriovVerification.Implementation.Pci;
using SriovVerification.Implementation.Snapshots;

namespace SriovVerification.Implementation.Switch;

/// <summary>
/// The PF miniport of one emulated SR-IOV adapter: it owns the PF and VF configuration spaces, the NIC switch, its
/// VPorts and receive filters, and answers OID requests whose information buffers it parses itself.
/// </summary>
public sealed partial class PfMiniport
{
    private readonly AdapterOptions options;
    private readonly DeterministicRandom random;
    private readonly PfConfigSpace pfConfigSpace;
    private readonly VfConfigSpaces vfConfigSpaces;
    private readonly List<VirtualFunction> vfs = [];
    private readonly SortedDictionary<int, VPort> vports = [];
    private readonly SortedDictionary<int, ReceiveFilter> filters = [];

    /// <summary>Switch-table entries a defective MOVE_FILTER left on the filter's source VPort, by filter id.</summary>
    private readonly SortedDictionary<int, RoutingTable.FilterRoute> leftoverRoutes = [];
    private readonly AppendOnlyLog<OidLogEntry> oidLog = new();
    private bool switchExists;
    private int switchId;
    private int switchNumVfs;
    private int queuePairsInUse;
    private string logParameters = "";
    private readonly SchedulerGate requestGate = new(YieldPoints.StateLockWait);
    private RoutingTable routing = RoutingTable.Empty;
    private readonly int[] readersInFlight = new int[2];
    private int readerEpoch;
    private long nextIncarnation;

    /// <summary>Creates the miniport of an adapter with the given options.</summary>
    /// <param name="options">Hardware knobs and defects.</param>
    /// <param name="random">The seeded generator the hardware's transient conditions draw from.</param>
    public PfMiniport(AdapterOptions options, DeterministicRandom random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        this.options = options;
        this.random = random;
        pfConfigSpace = new PfConfigSpace(options);
        vfConfigSpaces = new VfConfigSpaces(options.VfConfigSpaceSizeBytes);
        AssertInvariants();
    }

    /// <summary>The adapter's options.</summary>
    public AdapterOptions Options => options;

    /// <summary>Whether SR-IOV is enabled on the adapter.</summary>
    public bool SriovEnabled => options.SriovEnabled;

    /// <summary>Every request completed so far, in order.</summary>
    public IReadOnlyList<OidLogEntry> OidLog => oidLog;

    /// <summary>Issues an OID request to the PF miniport and completes it.</summary>
    /// <remarks>
    /// Requests are serialized by the miniport's request lock, as NDIS serializes OID requests to a miniport; sends and
    /// receives do not take it: they read the switch table version published when the request completed.
    /// </remarks>
    public OidResult Request(OidRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        requestGate.Enter(Scheduler);
        try
        {
            AssertInvariants();
            logParameters = "";
            var result = HaltedRefusal(request) ?? TakeInjectedFailure(request) ?? Dispatch(request);
            Publish();
            Log(request.Oid.ToString(), result.Status);
            AssertInvariants();
            return result;
        }
        finally
        {
            requestGate.Exit();
        }
    }

    private OidResult Dispatch(OidRequest request)
    {
        var expected = ExpectedRequestType(request.Oid);
        if (expected is null || expected != request.RequestType)
        {
            return Complete(request, NdisStatus.NotSupported);
        }

        if (!options.SriovEnabled)
        {
            return Complete(request, NdisStatus.NotSupported);
        }

        return request.Oid switch
        {
            Oid.OID_NIC_SWITCH_CREATE_SWITCH => CreateSwitch(request),
            Oid.OID_NIC_SWITCH_DELETE_SWITCH => DeleteSwitch(request),
            Oid.OID_NIC_SWITCH_ENUM_SWITCHES => EnumerateSwitches(request),
            Oid.OID_NIC_SWITCH_ALLOCATE_VF => AllocateVf(request),
            Oid.OID_NIC_SWITCH_FREE_VF => FreeVf(request),
            Oid.OID_NIC_SWITCH_ENUM_VFS => EnumerateVfs(request),
            Oid.OID_NIC_SWITCH_CREATE_VPORT => CreateVPort(request),
            Oid.OID_NIC_SWITCH_VPORT_PARAMETERS => SetVPortParameters(request),
            Oid.OID_NIC_SWITCH_DELETE_VPORT => DeleteVPort(request),
            Oid.OID_NIC_SWITCH_ENUM_VPORTS => EnumerateVPorts(request),
            Oid.OID_RECEIVE_FILTER_SET_FILTER => SetFilter(request),
            Oid.OID_RECEIVE_FILTER_CLEAR_FILTER => ClearFilter(request),
            Oid.OID_RECEIVE_FILTER_MOVE_FILTER => MoveFilter(request),
            Oid.OID_RECEIVE_FILTER_ENUM_FILTERS => EnumerateFilters(request),
            Oid.OID_SRIOV_READ_VF_CONFIG_SPACE => ReadVfConfigSpace(request),
            Oid.OID_SRIOV_WRITE_VF_CONFIG_SPACE => WriteVfConfigSpace(request),
            Oid.OID_SRIOV_READ_VF_CONFIG_BLOCK => ReadVfConfigBlock(request),
            Oid.OID_SRIOV_WRITE_VF_CONFIG_BLOCK => WriteVfConfigBlock(request),
            Oid.OID_SRIOV_RESET_VF => ResetVf(request),
            Oid.OID_SRIOV_SET_VF_POWER_STATE => SetVfPowerState(request),
            Oid.OID_RECEIVE_FILTER_PARAMETERS => QueryFilterParameters(request),
            Oid.OID_SRIOV_CURRENT_CAPABILITIES => QuerySriovCapabilities(request),
            _ => Complete(request, NdisStatus.NotSupported),
        };
    }

    /// <summary>The request type each OID the PF miniport handles must come with; null for OIDs it does not handle.</summary>
    public static NdisRequestType? ExpectedRequestType(Oid oid) => oid switch
    {
        Oid.OID_NIC_SWITCH_CREATE_SWITCH or Oid.OID_NIC_SWITCH_ALLOCATE_VF or Oid.OID_NIC_SWITCH_CREATE_VPORT
            or Oid.OID_RECEIVE_FILTER_SET_FILTER or Oid.OID_SRIOV_READ_VF_CONFIG_SPACE
            or Oid.OID_SRIOV_READ_VF_CONFIG_BLOCK or Oid.OID_NIC_SWITCH_ENUM_VFS or Oid.OID_NIC_SWITCH_ENUM_VPORTS
            or Oid.OID_RECEIVE_FILTER_ENUM_FILTERS or Oid.OID_RECEIVE_FILTER_PARAMETERS => NdisRequestType.Method,
        Oid.OID_NIC_SWITCH_ENUM_SWITCHES or Oid.OID_SRIOV_CURRENT_CAPABILITIES => NdisRequestType.QueryInformation,
        Oid.OID_NIC_SWITCH_DELETE_SWITCH or Oid.OID_NIC_SWITCH_FREE_VF or Oid.OID_NIC_SWITCH_VPORT_PARAMETERS
            or Oid.OID_NIC_SWITCH_DELETE_VPORT or Oid.OID_RECEIVE_FILTER_CLEAR_FILTER
            or Oid.OID_RECEIVE_FILTER_MOVE_FILTER or Oid.OID_SRIOV_WRITE_VF_CONFIG_SPACE
            or Oid.OID_SRIOV_WRITE_VF_CONFIG_BLOCK or Oid.OID_SRIOV_RESET_VF
            or Oid.OID_SRIOV_SET_VF_POWER_STATE => NdisRequestType.SetInformation,
        _ => null,
    };

    /// <summary>
    /// Parses the structure at the start of the request's information buffer as a miniport checks an NDIS header:
    /// INVALID_LENGTH with BytesNeeded (the size of the revision implemented) when the buffer is shorter than the
    /// smallest revision accepted; INVALID_PARAMETER when the header's type is not <c>NDIS_OBJECT_TYPE_DEFAULT</c>, its
    /// revision is below the lowest accepted, its size is below that revision's <c>NDIS_SIZEOF_…</c> or beyond the
    /// buffer. A higher revision is read as the one implemented; bytes a shorter revision lacks read as zero. A method
    /// request's buffer must also hold the output, the revision implemented.
    /// </summary>
    internal static NdisStatus Parse<T>(OidRequest request, out T value, out int bytesNeeded)
        where T : struct, INdisStructure<T>
    {
        value = default;
        bytesNeeded = 0;
        var least = request.RequestType == NdisRequestType.Method ? T.ImplementedRevisionSizeBytes : T.LowestRevisionSizeBytes;
        if (request.InformationBufferLength < least)
        {
            bytesNeeded = T.ImplementedRevisionSizeBytes;
            return NdisStatus.InvalidLength;
        }

        var header = NdisObjectHeader.ReadFrom(request.InformationBuffer);
        if (!HeaderAccepted<T>(header, request.InformationBufferLength))
        {
            return NdisStatus.InvalidParameter;
        }

        var length = Math.Min(header.Size, T.StructureSizeBytes);
        if (length >= T.StructureSizeBytes)
        {
            value = T.ReadFrom(request.InformationBuffer);
        }
        else
        {
            Span<byte> padded = stackalloc byte[T.StructureSizeBytes];
            request.InformationBuffer.AsSpan(0, length).CopyTo(padded);
            value = T.ReadFrom(padded);
        }

        return NdisStatus.Success;
    }

    /// <summary>
    /// Whether <paramref name="header"/> is one the miniport accepts for <typeparamref name="T"/>: type
    /// <c>NDIS_OBJECT_TYPE_DEFAULT</c>, a revision not below the lowest accepted, a size from that revision's
    /// <c>NDIS_SIZEOF_…</c> up to the <paramref name="availableBytes"/> the structure may take.
    /// </summary>
    internal static bool HeaderAccepted<T>(NdisObjectHeader header, long availableBytes)
        where T : struct, INdisStructure<T> =>
        header.Type == NdisObjectHeader.ObjectTypeDefault && header.Revision >= T.LowestRevision
        && header.Size >= T.LowestRevisionSizeBytes && header.Size <= availableBytes;

    /// <summary>
    /// Writes <paramref name="value"/> at the start of the request's buffer as the revision implemented: its header, then
    /// the first <c>NDIS_SIZEOF_…_REVISION_n</c> bytes (<see cref="Parse"/> made sure they fit).
    /// </summary>
    private static int WriteOutput<T>(OidRequest request, T value)
        where T : struct, INdisStructure<T>
    {
        Span<byte> whole = stackalloc byte[T.StructureSizeBytes];
        value.WriteTo(whole);
        new NdisObjectHeader(NdisObjectHeader.ObjectTypeDefault, T.ImplementedRevision, (ushort)T.ImplementedRevisionSizeBytes).WriteTo(whole);
        whole[..T.ImplementedRevisionSizeBytes].CopyTo(request.InformationBuffer);
        return T.ImplementedRevisionSizeBytes;
    }

    private OidResult Complete(OidRequest request, NdisStatus status, int bytesWritten = 0, int bytesNeeded = 0) =>
        new(status, status == NdisStatus.Success ? bytesWritten : 0, options.Has(DefectCatalog.BytesNeededNotSet) ? 0 : bytesNeeded, request.InformationBuffer);

    /// <summary>Records a request the host's management path refused before it reached the miniport.</summary>
    internal void LogRefusal(Oid oid, string parameters)
    {
        logParameters = parameters + " (refused by the management path)";
        Log(oid.ToString(), NdisStatus.InvalidParameter);
    }

    private void Log(string name, NdisStatus status) => oidLog.Add(new OidLogEntry(oidLog.Count, name, logParameters, status));

    private VirtualFunction? AllocatedVf(uint vfId) =>
        switchExists && vfId < (uint)vfs.Count && vfs[(int)vfId].IsAllocated ? vfs[(int)vfId] : null;

    private VPort? VPortOf(VirtualFunction vf) => vports.Values.FirstOrDefault(p => p.AttachedVfId == vf.VfId);

    private static int SmallestFreeId(IEnumerable<int> used, int first)
    {
        var taken = new HashSet<int>(used);
        var id = first;
        while (taken.Contains(id))
        {
            id++;
        }

        return id;
    }
}
