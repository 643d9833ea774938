// The driver: the one switch that turns a model command into OID requests and events for the adapter.
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <summary>
/// The one switch over command kinds on the adapter side: translates a model <see cref="Command"/> into the emulated
/// adapter's requests (OID requests it builds and sends through <see cref="AdapterOids"/>, host-stack and guest events,
/// frames) and the adapter's answer (<see cref="AdapterReply"/>: a decoded <see cref="I.Ndis.OidResult"/>, or an event's
/// <see cref="I.AdapterResult"/>) back into the model's <see cref="Outcome"/>, data included, so that the two compare as values.
/// </summary>
public static class AdapterDriver
{
    /// <summary>Status of an adapter whose own assertion fired during the step (it is not a status NDIS would return).</summary>
    public const string AdapterAssertionReason = "adapter assertion: ";

    /// <summary>Reason of an adapter that threw during the step (a crash of the system under test).</summary>
    public const string AdapterCrashReason = "adapter threw ";

    /// <summary>Runs <paramref name="command"/> on <paramref name="adapter"/> and returns its outcome in model terms.</summary>
    public static Outcome Execute(I.Datacenter adapter, ModelConfig config, Command command) => Execute(adapter, config, command, out _);

    /// <summary>As <see cref="Execute(I.Datacenter, ModelConfig, Command)"/>, with the frame the adapter reported routing (a frame command), else null.</summary>
    public static Outcome Execute(I.Datacenter adapter, ModelConfig config, Command command, out I.Frames.FrameOutcome? routed)
    {
        routed = null;
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(command);
        AdapterReply result;
        try
        {
            result = Dispatch(adapter, config, command);
        }
        catch (I.AdapterInvariantException exception)
        {
            return new Outcome(NdisStatus.Failure, AdapterAssertionReason + exception.Message);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Whatever the adapter throws is a finding of this step (a crash of the system under test), not an input error.
            return new Outcome(NdisStatus.Failure, AdapterCrashReason + exception.GetType().Name + ": " + exception.Message);
        }

        routed = (result.Data as I.AdapterData.FrameRouted)?.Outcome;
        return ToOutcome(config, command, result);
    }

    private static AdapterReply Dispatch(I.Datacenter adapter, ModelConfig config, Command command) => command switch
    {
        Command.CreateSwitch c => adapter.CreateSwitch(c.Host, c.NumVfs, c.SwitchId, c.External),
        Command.DeleteSwitch c => adapter.DeleteSwitch(c.Host, c.SwitchId),
        Command.AllocateVf c => adapter.AllocateVf(c.Host, c.Vm, c.ValidInputIds),
        Command.FreeVf c => adapter.FreeVf(c.Host, c.VfId),
        Command.CreateVPort c => adapter.CreateVPort(c.Host, FunctionIdOf(c.AttachedVfId), c.QueuePairs),
        Command.SetVPortState c => adapter.SetVPortState(c.Host, c.VPortId, c.Activated),
        Command.SetVPortParameters c => adapter.SetVPortParameters(c.Host, c.VPortId, unchecked((uint)c.Changed), Command.SetVPortParameters.NameOf(c.NameIndex),
            unchecked((uint)c.InterruptModeration), new I.Ndis.GroupAffinity(unchecked((uint)c.AffinityMask), 0), c.LookaheadSplit, unchecked((uint)c.LookaheadSize)),
        Command.DeleteVPort c => adapter.DeleteVPort(c.Host, c.VPortId),
        Command.SetFilter c => adapter.SetFilter(c.Host, c.VPortId, c.MacIndex == Command.SetFilter.NoMac ? null : MacOf(config, c.MacIndex), c.Vlan, c.ValidFilterType),
        Command.ClearFilter c => adapter.ClearFilter(c.Host, c.FilterId),
        Command.MoveFilter c => adapter.MoveFilter(c.Host, c.FilterId, c.SourceVPortId, c.DestinationVPortId),
        Command.ClientClearFilter c => adapter.ClientClearFilter(c.Host, c.FilterId),
        Command.ReadVfConfigSpace c => adapter.ReadVfConfigSpace(c.Host, c.VfId, c.Offset, c.Length, c.BufferOffset, c.BufferLength),
        Command.WriteVfConfigSpace c => adapter.WriteVfConfigSpace(c.Host, c.VfId, c.Offset, c.Length, c.BufferOffset, c.BufferLength, c.Value),
        Command.ReadVfConfigBlock c => adapter.ReadVfConfigBlock(c.Host, c.VfId, c.BlockId, c.Length),
        Command.WriteVfConfigBlock c => adapter.WriteVfConfigBlock(c.Host, c.VfId, c.BlockId, c.Length, c.Value),
        Command.InvalidateConfigBlock c => adapter.InvalidateConfigBlock(c.Host, c.VfId, c.Mask),
        Command.ResetVf c => adapter.ResetVf(c.Host, c.VfId),
        Command.SetVfPowerState c => adapter.SetVfPowerState(c.Host, c.VfId, c.D3),
        Command.Enumerate c => Enumerate(adapter, c),
        Command.VmConnect c => adapter.VmConnect(c.Vm),
        Command.VmDisconnect c => adapter.VmDisconnect(c.Vm),
        Command.HostAttachVf c => adapter.HostAttachVf(c.Vm, c.QueuePairs),
        Command.MoveVmFilter c => adapter.MoveVmFilter(c.Vm, ToAdapter(c.Target)),
        Command.OfferVf c => adapter.OfferVf(c.Vm),
        Command.RequestVfRemoval c => adapter.RequestVfRemoval(c.Vm),
        Command.RemovalTimeout c => adapter.RemovalTimeout(c.Vm),
        Command.HostDetachVf c => adapter.HostDetachVf(c.Vm),
        Command.LiveMigrationStart c => adapter.LiveMigrationStart(c.Vm, c.DestinationHost),
        Command.LiveMigrationResume c => adapter.LiveMigrationResume(c.Vm),
        Command.GuestInitializeVf c => adapter.GuestInitializeVf(c.Vm),
        Command.GuestBindNetVsc c => adapter.GuestBindNetVsc(c.Vm),
        Command.SurpriseRemoveVf c => adapter.SurpriseRemoveVf(c.Vm),
        Command.GuestBindProtocol c => adapter.GuestBindProtocol(c.Vm, c.NetVsc ? I.Guest.VfMiniport.NetVscProtocolName : "TCPIP", c.ToVfMiniport),
        Command.GuestSwitchDataPath c => adapter.GuestSwitchDataPath(c.Vm, ToAdapter(c.Target)),
        Command.GuestPauseVf c => adapter.GuestPauseVf(c.Vm),
        Command.GuestUnbindNetVsc c => adapter.GuestUnbindNetVsc(c.Vm),
        Command.GuestHaltVf c => adapter.GuestHaltVf(c.Vm),
        Command.GuestHandleInvalidation c => adapter.GuestHandleInvalidation(c.Vm),
        Command.ReceiveFrame c => adapter.ReceiveFrame(c.Host, MacOf(config, c.MacIndex), c.Vlan),
        Command.GuestSendFrame c => adapter.GuestSendFrame(c.Vm, MacOf(config, c.MacIndex), c.Vlan, c.SpoofSource, c.StampVPortId,
            c.SourceMacIndex == Command.GuestSendFrame.OwnSource ? null : MacOf(config, c.SourceMacIndex)),
        Command.FramedOid c => Framed(adapter, config, c),
        Command.PfHalt c => adapter.PfHalt(c.Host),
        Command.PfInitialize c => adapter.PfInitialize(c.Host),
        Command.PfReset c => adapter.ResetPf(c.Host),
        Command.ReadSriovCapability c => adapter.ReadSriovCapability(c.Host),
        Command.QuerySriovCapabilities c => adapter.QuerySriovCapabilities(c.Host),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "not a command of the vocabulary"),
    };

    private static AdapterReply Enumerate(I.Datacenter adapter, Command.Enumerate command) => command.Kind switch
    {
        EnumerationKind.Switches => adapter.EnumerateSwitches(command.Host),
        EnumerationKind.Vfs => adapter.EnumerateVfs(command.Host),
        EnumerationKind.VPorts => adapter.EnumerateVPorts(command.Host),
        EnumerationKind.Filters => adapter.EnumerateFilters(command.Host),

        // An undefined kind has no OID: the host prologue (range, SR-IOV) still answers first, as the OID path would.
        _ => adapter.EnumerateSwitches(command.Host) is { IsSuccess: false } refused
            ? refused
            : AdapterReply.Refused(I.Ndis.NdisStatus.InvalidParameter, $"undefined enumeration kind {(int)command.Kind}"),
    };

    /// <summary>
    /// A framed OID: the canonical request of its kind issued with its first request's buffer cut below the structure's
    /// <c>sizeof</c> (from <c>sizeof</c> on the whole request) and its header overwritten.
    /// </summary>
    private static AdapterReply Framed(I.Datacenter adapter, ModelConfig config, Command.FramedOid command)
    {
        if (NdisStructures.Of(command.Oid) is not { } structure || SriovModel.FramedBody(config, command) is not { } body)
        {
            return adapter.EnumerateSwitches(command.Host) is { IsSuccess: false } refused
                ? refused
                : AdapterReply.Refused(I.Ndis.NdisStatus.NotSupported, $"undefined OID kind {(int)command.Oid}");
        }

        var cut = command.BufferLength < structure.SizeBytes ? Math.Max(command.BufferLength, 0) : (int?)null;
        var framing = new I.Ndis.RequestFraming(cut, unchecked((byte)command.HeaderType), unchecked((byte)command.HeaderRevision), unchecked((ushort)command.HeaderSize));
        return AdapterOids.Framed(framing, () => Dispatch(adapter, config, body));
    }

    /// <summary>The NDIS function id of a model VF id: <see cref="I.Ndis.NdisConstants.PfFunctionId"/> for the model's −1.</summary>
    public static ushort FunctionIdOf(int attachedVfId) =>
        attachedVfId == Command.CreateVPort.PfFunctionId ? I.Ndis.NdisConstants.PfFunctionId : unchecked((ushort)attachedVfId);

    /// <summary>The model VF id of an NDIS function id (−1 for the PF).</summary>
    public static int VfIdOfFunction(ushort functionId) =>
        functionId == I.Ndis.NdisConstants.PfFunctionId ? Command.CreateVPort.PfFunctionId : functionId;

    /// <summary>
    /// The MAC of a model MAC index; an index outside 0 … VmCount maps to the all-zero MAC, which is not unicast, so the
    /// adapter sees an invalid address just as the model sees an out-of-domain index.
    /// </summary>
    public static I.Ndis.MacAddress MacOf(ModelConfig config, int macIndex) =>
        macIndex >= 0 && macIndex < config.MacCount ? new I.Ndis.MacAddress(config.MacAddress(macIndex)) : new I.Ndis.MacAddress(0);

    /// <summary>The model MAC index of a MAC, or −1 when no index has it.</summary>
    public static int MacIndexOf(ModelConfig config, ulong mac)
    {
        for (var m = 0; m < config.MacCount; m++)
        {
            if (config.MacAddress(m) == mac)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>The VM index of an adapter VM name (<c>VM-n</c>), or −1.</summary>
    public static int VmOfName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < 4 || !name.StartsWith("VM-", StringComparison.Ordinal))
        {
            return -1;
        }

        var vm = 0;
        for (var i = 3; i < name.Length && i < 12; i++)
        {
            var c = name[i];
            if (c is < '0' or > '9')
            {
                return -1;
            }

            vm = (vm * 10) + (c - '0');
        }

        return vm;
    }

    /// <summary>The model status of an adapter status (the same NDIS names).</summary>
    public static NdisStatus ToModel(I.Ndis.NdisStatus status) => status switch
    {
        I.Ndis.NdisStatus.Success => NdisStatus.Success,
        I.Ndis.NdisStatus.InvalidParameter => NdisStatus.InvalidParameter,
        I.Ndis.NdisStatus.InvalidLength => NdisStatus.InvalidLength,
        I.Ndis.NdisStatus.NotSupported => NdisStatus.NotSupported,
        I.Ndis.NdisStatus.FileNotFound => NdisStatus.FileNotFound,
        I.Ndis.NdisStatus.Resources => NdisStatus.Resources,
        I.Ndis.NdisStatus.InvalidDeviceRequest => NdisStatus.InvalidDeviceRequest,
        _ => NdisStatus.Failure,
    };

    /// <summary>The model data path of an adapter data path.</summary>
    public static DataPath ToModel(I.Guest.DataPath path) => path == I.Guest.DataPath.Vf ? DataPath.Vf : DataPath.Synthetic;

    /// <summary>The model device state of an adapter device state.</summary>
    public static VfDeviceState ToModel(I.Guest.VfDeviceState state) => state switch
    {
        I.Guest.VfDeviceState.Absent => VfDeviceState.Absent,
        I.Guest.VfDeviceState.Offered => VfDeviceState.Offered,
        I.Guest.VfDeviceState.Initialized => VfDeviceState.Initialized,
        I.Guest.VfDeviceState.Bound => VfDeviceState.Bound,
        I.Guest.VfDeviceState.Paused => VfDeviceState.Paused,
        I.Guest.VfDeviceState.Unbound => VfDeviceState.Unbound,
        _ => VfDeviceState.SurpriseRemoved,
    };

    private static I.Guest.DataPath ToAdapter(DataPath path) => path == DataPath.Vf ? I.Guest.DataPath.Vf : I.Guest.DataPath.Synthetic;

    private static FrameFate ToModel(I.Frames.FrameFate fate) => fate switch
    {
        I.Frames.FrameFate.DeliveredToVm => FrameFate.DeliveredToVm,
        I.Frames.FrameFate.DeliveredToHost => FrameFate.DeliveredToHost,
        I.Frames.FrameFate.SentToWire => FrameFate.SentToWire,
        _ => FrameFate.Dropped,
    };

    private static Outcome ToOutcome(ModelConfig config, Command command, AdapterReply result)
    {
        var status = ToModel(result.Status);
        if (status == NdisStatus.InvalidLength)
        {
            return Outcome.RefusedWith(status, result.Reason.Length > 0 ? result.Reason : status.ToNdisName(), new OutcomeData.LengthNeeded(result.BytesNeeded));
        }

        if (status != NdisStatus.Success)
        {
            return new Outcome(status, result.Reason.Length > 0 ? result.Reason : status.ToNdisName());
        }

        return result.Data is null ? Outcome.Ok : Outcome.OkWith(ToData(config, command, result.Data));
    }

    private static OutcomeData ToData(ModelConfig config, Command command, object data) => data switch
    {
        OidData.VfAllocated d => new OutcomeData.VfAllocated(d.VfId, d.Rid),
        OidData.VPortCreated d => new OutcomeData.VPortCreated(d.VPortId),
        OidData.FilterCreated d => new OutcomeData.FilterCreated(d.FilterId),
        I.AdapterData.FilterCreated d => new OutcomeData.FilterCreated(d.FilterId),
        I.AdapterData.VfAttached d => new OutcomeData.VfAttached(d.VfId, d.Rid, d.VPortId),
        OidData.ConfigSpaceRead d => new OutcomeData.ConfigSpaceRead(ModelledValue(command is Command.FramedOid f ? SriovModel.FramedBody(config, f) ?? command : command, d)),
        OidData.ConfigBlockRead d => new OutcomeData.ConfigBlockRead(d.Bytes.Count > 0 ? d.Bytes[0] : (byte)0),
        I.AdapterData.InvalidationDelivered d => new OutcomeData.InvalidationDelivered(d.Mask),
        I.AdapterData.FrameRouted d => new OutcomeData.Frame(ToModel(d.Outcome.Fate), d.Outcome.Vm, ToModel(d.Outcome.Path), d.Outcome.DropReason),
        OidData.SwitchesEnumerated d => new OutcomeData.Enumerated(FormatSwitches(d.Switches)),
        OidData.VfsEnumerated d => new OutcomeData.Enumerated(FormatVfs(d.Vfs)),
        OidData.VPortsEnumerated d => new OutcomeData.Enumerated(FormatVPorts(d.VPorts)),
        OidData.FiltersEnumerated d => new OutcomeData.Enumerated(FormatFilters(d.Filters)),
        I.AdapterData.CapabilityRead d => new OutcomeData.Enumerated(FormatCapability(d.Capability)),
        OidData.SriovCapsReported d => new OutcomeData.Enumerated(FormatSriovCaps(d.SriovCapabilities)),
        _ => throw new ArgumentOutOfRangeException(nameof(data), data, $"no model data for {data.GetType().Name} ({command.GetType().Name}, {config.HostCount} hosts)"),
    };

    /// <summary>
    /// The value of a config-space read in model terms: the little-endian value when the access is at most 4 bytes and
    /// every byte is one the model defines (<see cref="VfConfigSpace.ModelledByte"/>), else null.
    /// </summary>
    private static uint? ModelledValue(Command command, OidData.ConfigSpaceRead read)
    {
        if (command is not Command.ReadVfConfigSpace c || c.Length < 1 || c.Length > 4 || read.Bytes.Count < c.Length)
        {
            return null;
        }

        for (var i = 0; i < c.Length; i++)
        {
            if (VfConfigSpace.ModelledByte(Probe, c.Offset + i) < 0)
            {
                return null;
            }
        }

        uint value = 0;
        for (var i = 0; i < c.Length; i++)
        {
            value |= (uint)read.Bytes[i] << (8 * i);
        }

        return value;
    }

    // Which offsets are modelled does not depend on the VF's state; any VF answers it.
    private static readonly VfState Probe = new(0, -1, 0, VfDeviceState.Absent, false, 0, false, false, false, false, [], 0);

    /// <summary>The capability read as the model prints it; the enable order as the accesses since VF Enable was clear, "-" while it is.</summary>
    internal static ValueArray<string> FormatCapability(I.Switch.SriovCapabilitySnapshot c) =>
        SriovModel.CapabilityEntries(
            c.TotalVfs, c.InitialVfs, c.NumVfs, c.VfEnable, c.VfMemorySpaceEnable, c.FirstVfOffset, c.VfStride, c.VfDeviceId, c.SystemPageSize, c.VfBars,
            c.VfEnable ? string.Join(",", c.EnableAccesses) : "-");

    /// <summary>The <c>NDIS_SRIOV_CAPS_*</c> flag names set in <paramref name="capabilities"/> (without the prefix), unknown bits in hex.</summary>
    internal static ValueArray<string> FormatSriovCaps(uint capabilities)
    {
        var names = new List<string>();
        (uint Bit, string Name)[] known =
            [(I.Ndis.NdisConstants.SriovCapsSriovSupported, "SRIOV_SUPPORTED"), (I.Ndis.NdisConstants.SriovCapsPfMiniport, "PF_MINIPORT"), (I.Ndis.NdisConstants.SriovCapsVfMiniport, "VF_MINIPORT")];
        var rest = capabilities;
        foreach (var (bit, name) in known)
        {
            if ((capabilities & bit) != 0)
            {
                names.Add(name);
                rest &= ~bit;
            }
        }

        if (rest != 0)
        {
            names.Add("0x" + rest.ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
        }

        return ValueArray.Create<string>(names.ToArray());
    }

    internal static ValueArray<string> FormatSwitches(IReadOnlyList<I.Ndis.NdisNicSwitchInfo> switches)
    {
        var lines = new string[switches.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var s = switches[i];
            lines[i] = Enumerations.Switch((int)s.SwitchId, s.SwitchType == I.Ndis.NdisConstants.NicSwitchTypeExternal, (int)s.NumVFs);
        }

        return ValueArray.Create<string>(lines);
    }

    internal static ValueArray<string> FormatVfs(IReadOnlyList<I.Ndis.NdisNicSwitchVfInfo> vfs)
    {
        var lines = new string[vfs.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var v = vfs[i];
            lines[i] = Enumerations.Vf((int)v.VFId, VmOfName(v.VMName), (int)v.RequestorId, v.CurrentMacAddress.Value);
        }

        return ValueArray.Create<string>(lines);
    }

    internal static ValueArray<string> FormatVPorts(IReadOnlyList<I.Ndis.NdisNicSwitchVPortInfo> vports)
    {
        var lines = new string[vports.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var p = vports[i];
            lines[i] = Enumerations.VPort((int)p.VPortId, VfIdOfFunction(p.AttachedFunctionId), p.VPortState == I.Ndis.NdisConstants.VPortStateActivated, (int)p.NumQueuePairs);
        }

        return ValueArray.Create<string>(lines);
    }

    internal static ValueArray<string> FormatFilters(IReadOnlyList<I.Switch.FilterSnapshot> filters)
    {
        var lines = new string[filters.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var f = filters[i];
            lines[i] = Enumerations.Filter((int)f.FilterId, (int)f.VPortId, f.MacAddress?.Value, (int)f.VlanId);
        }

        return ValueArray.Create<string>(lines);
    }
}
