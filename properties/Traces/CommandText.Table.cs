using SriovVerification.Model;
using static SriovVerification.Model.Command;

namespace SriovVerification.Traces;

/// <summary>The table: one row per command case (one per enumeration kind).</summary>
public static partial class CommandText
{
    private static readonly ArgumentKind SwitchType = ArgumentKind.Flag("external", "other");
    private static readonly ArgumentKind InputIds = ArgumentKind.Flag("invalid", "valid");
    private static readonly ArgumentKind FilterType = ArgumentKind.Flag("vmqueue", "other");
    private static readonly ArgumentKind VPortState = ArgumentKind.Flag("activated", "deactivated");
    private static readonly ArgumentKind PowerState = ArgumentKind.Flag("D3", "D0");
    private static readonly ArgumentKind Spoof = ArgumentKind.Flag("spoofed", "own");
    private static readonly ArgumentKind Split = ArgumentKind.Flag("on", "off");
    private static readonly ArgumentKind Protocol = ArgumentKind.Flag("netvsc", "other");
    private static readonly ArgumentKind Miniport = ArgumentKind.Flag("vf", "pf");

    private static ArgumentSpec Int(string key, object? defaultValue = null) => new(key, ArgumentKind.Decimal, defaultValue);

    private static ArgumentSpec Arg(string key, ArgumentKind kind, object? defaultValue = null) => new(key, kind, defaultValue);

    private static CommandSpec Row<T>(string name, Actor actor, ArgumentSpec[] arguments, Func<T, object[]> values, Func<object[], T> create)
        where T : Command =>
        new(name, actor, c => c is T, arguments, c => values((T)c), v => create(v));

    private static CommandSpec Enumeration(string name, EnumerationKind kind) =>
        new(name, Actor.Pf, c => c is Enumerate e && e.Kind == kind, [Int("host")], c => [((Enumerate)c).Host], v => new Enumerate((int)v[0], kind));

    private static CommandSpec Guest<T>(string name, Func<T, int> vm, Func<int, T> create)
        where T : Command =>
        Row<T>(name, Actor.Guest, [Int("vm")], c => [vm(c)], v => create((int)v[0]));

    private static CommandSpec HostEvent<T>(string name, Func<T, int> vm, Func<int, T> create)
        where T : Command =>
        Row<T>(name, Actor.Host, [Int("vm")], c => [vm(c)], v => create((int)v[0]));

    private static readonly CommandSpec[] Specs =
    [
        Row<CreateSwitch>("OID_NIC_SWITCH_CREATE_SWITCH", Actor.Pf, [Int("host"), Int("numvfs"), Int("switch", 0), Arg("type", SwitchType, true)],
            c => [c.Host, c.NumVfs, c.SwitchId, c.External], v => new((int)v[0], (int)v[1], (int)v[2], (bool)v[3])),
        Row<DeleteSwitch>("OID_NIC_SWITCH_DELETE_SWITCH", Actor.Pf, [Int("host"), Int("switch", 0)],
            c => [c.Host, c.SwitchId], v => new((int)v[0], (int)v[1])),
        Row<AllocateVf>("OID_NIC_SWITCH_ALLOCATE_VF", Actor.Pf, [Int("host"), Int("vm"), Arg("inputids", InputIds, false)],
            c => [c.Host, c.Vm, !c.ValidInputIds], v => new((int)v[0], (int)v[1], !(bool)v[2])),
        Row<FreeVf>("OID_NIC_SWITCH_FREE_VF", Actor.Pf, [Int("host"), Int("vf")],
            c => [c.Host, c.VfId], v => new((int)v[0], (int)v[1])),
        Row<CreateVPort>("OID_NIC_SWITCH_CREATE_VPORT", Actor.Pf, [Int("host"), Arg("function", ArgumentKind.Function), Int("queuepairs")],
            c => [c.Host, c.AttachedVfId, c.QueuePairs], v => new((int)v[0], (int)v[1], (int)v[2])),
        Row<SetVPortState>("OID_NIC_SWITCH_VPORT_PARAMETERS", Actor.Pf, [Int("host"), Int("vport"), Arg("state", VPortState)],
            c => [c.Host, c.VPortId, c.Activated], v => new((int)v[0], (int)v[1], (bool)v[2])),
        Row<SetVPortParameters>("OID_NIC_SWITCH_VPORT_PARAMETERS_SET", Actor.Pf,
            [Int("host"), Int("vport"), Arg("changed", ArgumentKind.Value32), Int("name"), Int("moderation"), Arg("affinity", ArgumentKind.Offset), Arg("split", Split), Int("lookahead")],
            c => [c.Host, c.VPortId, unchecked((uint)c.Changed), c.NameIndex, c.InterruptModeration, c.AffinityMask, c.LookaheadSplit, c.LookaheadSize],
            v => new((int)v[0], (int)v[1], unchecked((int)(uint)v[2]), (int)v[3], (int)v[4], (int)v[5], (bool)v[6], (int)v[7])),
        Row<DeleteVPort>("OID_NIC_SWITCH_DELETE_VPORT", Actor.Pf, [Int("host"), Int("vport")],
            c => [c.Host, c.VPortId], v => new((int)v[0], (int)v[1])),
        Row<SetFilter>("OID_RECEIVE_FILTER_SET_FILTER", Actor.Pf, [Int("host"), Int("vport"), Arg("mac", ArgumentKind.FilterMac), Int("vlan"), Arg("type", FilterType, true)],
            c => [c.Host, c.VPortId, c.MacIndex, c.Vlan, c.ValidFilterType], v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3], (bool)v[4])),
        Row<ClearFilter>("OID_RECEIVE_FILTER_CLEAR_FILTER", Actor.Pf, [Int("host"), Int("filter")],
            c => [c.Host, c.FilterId], v => new((int)v[0], (int)v[1])),
        Row<MoveFilter>("OID_RECEIVE_FILTER_MOVE_FILTER", Actor.Pf, [Int("host"), Int("filter"), Int("source"), Int("destination")],
            c => [c.Host, c.FilterId, c.SourceVPortId, c.DestinationVPortId], v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3])),
        Row<ReadVfConfigSpace>("OID_SRIOV_READ_VF_CONFIG_SPACE", Actor.Pf,
            [Int("host"), Int("vf"), Arg("offset", ArgumentKind.Offset), Int("length"), Arg("bufferoffset", ArgumentKind.Offset), Int("bufferlength")],
            c => [c.Host, c.VfId, c.Offset, c.Length, c.BufferOffset, c.BufferLength],
            v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4], (int)v[5])),
        Row<WriteVfConfigSpace>("OID_SRIOV_WRITE_VF_CONFIG_SPACE", Actor.Pf,
            [Int("host"), Int("vf"), Arg("offset", ArgumentKind.Offset), Int("length"), Arg("bufferoffset", ArgumentKind.Offset), Int("bufferlength"), Arg("value", ArgumentKind.Value32)],
            c => [c.Host, c.VfId, c.Offset, c.Length, c.BufferOffset, c.BufferLength, c.Value],
            v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4], (int)v[5], (uint)v[6])),
        Row<ReadVfConfigBlock>("OID_SRIOV_READ_VF_CONFIG_BLOCK", Actor.Pf, [Int("host"), Int("vf"), Int("block"), Int("length")],
            c => [c.Host, c.VfId, c.BlockId, c.Length], v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3])),
        Row<WriteVfConfigBlock>("OID_SRIOV_WRITE_VF_CONFIG_BLOCK", Actor.Pf, [Int("host"), Int("vf"), Int("block"), Int("length"), Arg("fill", ArgumentKind.Byte)],
            c => [c.Host, c.VfId, c.BlockId, c.Length, c.Value], v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3], (byte)v[4])),
        Row<InvalidateConfigBlock>("NdisMInvalidateConfigBlock", Actor.Pf, [Int("host"), Int("vf"), Arg("mask", ArgumentKind.Mask64)],
            c => [c.Host, c.VfId, c.Mask], v => new((int)v[0], (int)v[1], (ulong)v[2])),
        Row<ResetVf>("OID_SRIOV_RESET_VF", Actor.Pf, [Int("host"), Int("vf")],
            c => [c.Host, c.VfId], v => new((int)v[0], (int)v[1])),
        Row<SetVfPowerState>("OID_SRIOV_SET_VF_POWER_STATE", Actor.Pf, [Int("host"), Int("vf"), Arg("state", PowerState)],
            c => [c.Host, c.VfId, c.D3], v => new((int)v[0], (int)v[1], (bool)v[2])),
        Enumeration("OID_NIC_SWITCH_ENUM_SWITCHES", EnumerationKind.Switches),
        Enumeration("OID_NIC_SWITCH_ENUM_VFS", EnumerationKind.Vfs),
        Enumeration("OID_NIC_SWITCH_ENUM_VPORTS", EnumerationKind.VPorts),
        Enumeration("OID_RECEIVE_FILTER_ENUM_FILTERS", EnumerationKind.Filters),

        HostEvent<VmConnect>("VM_NIC_CONNECT", c => c.Vm, vm => new(vm)),
        HostEvent<VmDisconnect>("VM_NIC_DISCONNECT", c => c.Vm, vm => new(vm)),
        Row<HostAttachVf>("HOST_ATTACH_VF", Actor.Host, [Int("vm"), Int("queuepairs", 1)],
            c => [c.Vm, c.QueuePairs], v => new((int)v[0], (int)v[1])),
        Row<ClientClearFilter>("HOST_CLIENT_CLEAR_FILTER", Actor.Host, [Int("host"), Int("filter")],
            c => [c.Host, c.FilterId], v => new((int)v[0], (int)v[1])),
        Row<MoveVmFilter>("HOST_MOVE_VM_FILTER", Actor.Host, [Int("vm"), Arg("target", ArgumentKind.Path)],
            c => [c.Vm, c.Target], v => new((int)v[0], (DataPath)v[1])),
        HostEvent<OfferVf>("VPCI_OFFER_VF", c => c.Vm, vm => new(vm)),
        HostEvent<RequestVfRemoval>("HOST_REQUEST_VF_REMOVAL", c => c.Vm, vm => new(vm)),
        HostEvent<RemovalTimeout>("HOST_REMOVAL_TIMEOUT", c => c.Vm, vm => new(vm)),
        HostEvent<HostDetachVf>("HOST_DETACH_VF", c => c.Vm, vm => new(vm)),
        HostEvent<SurpriseRemoveVf>("VF_SURPRISE_REMOVAL", c => c.Vm, vm => new(vm)),
        Row<LiveMigrationStart>("LIVE_MIGRATION_START", Actor.Host, [Int("vm"), Int("destination")],
            c => [c.Vm, c.DestinationHost], v => new((int)v[0], (int)v[1])),
        HostEvent<LiveMigrationResume>("LIVE_MIGRATION_RESUME", c => c.Vm, vm => new(vm)),

        Guest<GuestInitializeVf>("GUEST_VF_INITIALIZE", c => c.Vm, vm => new(vm)),
        Guest<GuestBindNetVsc>("NETVSC_BIND", c => c.Vm, vm => new(vm)),
        Row<GuestBindProtocol>("PROTOCOL_BIND", Actor.Guest, [Int("vm"), Arg("protocol", Protocol), Arg("miniport", Miniport)],
            c => [c.Vm, c.NetVsc, c.ToVfMiniport], v => new((int)v[0], (bool)v[1], (bool)v[2])),
        Row<GuestSwitchDataPath>("NETVSC_SWITCH_DATA_PATH", Actor.Guest, [Int("vm"), Arg("target", ArgumentKind.Path)],
            c => [c.Vm, c.Target], v => new((int)v[0], (DataPath)v[1])),
        Guest<GuestPauseVf>("GUEST_VF_PAUSE", c => c.Vm, vm => new(vm)),
        Guest<GuestUnbindNetVsc>("NETVSC_UNBIND", c => c.Vm, vm => new(vm)),
        Guest<GuestHaltVf>("GUEST_VF_HALT", c => c.Vm, vm => new(vm)),
        Guest<GuestHandleInvalidation>("OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK", c => c.Vm, vm => new(vm)),

        Row<ReceiveFrame>("FRAME_RECEIVE", Actor.Wire, [Int("host"), Int("mac"), Int("vlan")],
            c => [c.Host, c.MacIndex, c.Vlan], v => new((int)v[0], (int)v[1], (int)v[2])),
        Row<GuestSendFrame>("FRAME_SEND", Actor.Guest, [Int("vm"), Int("mac"), Int("vlan"), Arg("source", Spoof, false), Int("stamp", GuestSendFrame.CurrentPathStamp), Int("from", GuestSendFrame.OwnSource)],
            c => [c.Vm, c.MacIndex, c.Vlan, c.SpoofSource, c.StampVPortId, c.SourceMacIndex], v => new((int)v[0], (int)v[1], (int)v[2], (bool)v[3], (int)v[4], (int)v[5])),
        Row<FramedOid>("OID_FRAMED", Actor.Pf,
            [Int("host"), Arg("oid", ArgumentKind.FramedOid), Int("id"), Int("length"), Arg("type", ArgumentKind.Offset), Int("revision"), Int("size")],
            c => [c.Host, c.Oid, c.Id, c.BufferLength, c.HeaderType, c.HeaderRevision, c.HeaderSize],
            v => new((int)v[0], (FramedOidKind)v[1], (int)v[2], (int)v[3], (int)v[4], (int)v[5], (int)v[6])),
        Row<PfHalt>("PF_HALT", Actor.Host, [Int("host")], c => [c.Host], v => new((int)v[0])),
        Row<PfInitialize>("PF_INITIALIZE", Actor.Host, [Int("host")], c => [c.Host], v => new((int)v[0])),
        Row<PfReset>("PF_RESET", Actor.Host, [Int("host")], c => [c.Host], v => new((int)v[0])),
        Row<ReadSriovCapability>("PF_READ_SRIOV_CAPABILITY", Actor.Host, [Int("host")], c => [c.Host], v => new((int)v[0])),
        Row<QuerySriovCapabilities>("OID_SRIOV_CURRENT_CAPABILITIES", Actor.Pf, [Int("host")], c => [c.Host], v => new((int)v[0])),
    ];

    /// <summary>Every operation name, in table order.</summary>
    public static IReadOnlyList<string> OperationNames { get; } = [.. Specs.Select(s => s.Name)];
}
