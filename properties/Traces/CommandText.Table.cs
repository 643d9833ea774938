// The trace vocabulary: each command kind's argument parsers, with names and actors from the descriptor table.
using static SriovVerification.Model.Command;

namespace SriovVerification.Traces;

/// <summary>
/// The table: one row per command case (one per enumeration kind), with its arguments; the operation name and the actor
/// are the kind's <see cref="CommandDescriptor"/>'s.
/// </summary>
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

    private static CommandSpec Row<T>(ArgumentSpec[] arguments, Func<T, object[]> values, Func<object[], T> create)
        where T : Command
    {
        var descriptor = CommandDescriptors.Of(typeof(T));
        return new(descriptor.TraceNames[0], descriptor.Actor, c => c is T, arguments, c => values((T)c), v => create(v));
    }

    private static CommandSpec Enumeration(EnumerationKind kind)
    {
        var descriptor = CommandDescriptors.Of(typeof(Enumerate));
        return new(descriptor.TraceNames[(int)kind], descriptor.Actor, c => c is Enumerate e && e.Kind == kind, [Int("host")], c => [((Enumerate)c).Host],
            v => new Enumerate((int)v[0], kind));
    }

    private static CommandSpec VmEvent<T>(Func<T, int> vm, Func<int, T> create)
        where T : Command =>
        Row<T>([Int("vm")], c => [vm(c)], v => create((int)v[0]));

    private static readonly CommandSpec[] Specs =
    [
        Row<CreateSwitch>([Int("host"), Int("numvfs"), Int("switch", 0), Arg("type", SwitchType, true)],
            c => [c.Host, c.NumVfs, c.SwitchId, c.External], v => new((int)v[0], (int)v[1], (int)v[2], (bool)v[3])),
        Row<DeleteSwitch>([Int("host"), Int("switch", 0)],
            c => [c.Host, c.SwitchId], v => new((int)v[0], (int)v[1])),
        Row<AllocateVf>([Int("host"), Int("vm"), Arg("inputids", InputIds, false)],
            c => [c.Host, c.Vm, !c.ValidInputIds], v => new((int)v[0], (int)v[1], !(bool)v[2])),
        Row<FreeVf>([Int("host"), Int("vf")],
            c => [c.Host, c.VfId], v => new((int)v[0], (int)v[1])),
        Row<CreateVPort>([Int("host"), Arg("function", ArgumentKind.Function), Int("queuepairs")],
            c => [c.Host, c.AttachedVfId, c.QueuePairs], v => new((int)v[0], (int)v[1], (int)v[2])),
        Row<SetVPortState>([Int("host"), Int("vport"), Arg("state", VPortState)],
            c => [c.Host, c.VPortId, c.Activated], v => new((int)v[0], (int)v[1], (bool)v[2])),
        Row<SetVPortParameters>([Int("host"), Int("vport"), Arg("changed", ArgumentKind.Value32), Int("name"), Int("moderation"), Arg("affinity", ArgumentKind.Offset), Arg("split", Split), Int("lookahead")],
            c => [c.Host, c.VPortId, unchecked((uint)c.Changed), c.NameIndex, c.InterruptModeration, c.AffinityMask, c.LookaheadSplit, c.LookaheadSize],
            v => new((int)v[0], (int)v[1], unchecked((int)(uint)v[2]), (int)v[3], (int)v[4], (int)v[5], (bool)v[6], (int)v[7])),
        Row<DeleteVPort>([Int("host"), Int("vport")],
            c => [c.Host, c.VPortId], v => new((int)v[0], (int)v[1])),
        Row<SetFilter>([Int("host"), Int("vport"), Arg("mac", ArgumentKind.FilterMac), Int("vlan"), Arg("type", FilterType, true)],
            c => [c.Host, c.VPortId, c.MacIndex, c.Vlan, c.ValidFilterType], v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3], (bool)v[4])),
        Row<ClearFilter>([Int("host"), Int("filter")],
            c => [c.Host, c.FilterId], v => new((int)v[0], (int)v[1])),
        Row<MoveFilter>([Int("host"), Int("filter"), Int("source"), Int("destination")],
            c => [c.Host, c.FilterId, c.SourceVPortId, c.DestinationVPortId], v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3])),
        Row<ReadVfConfigSpace>([Int("host"), Int("vf"), Arg("offset", ArgumentKind.Offset), Int("length"), Arg("bufferoffset", ArgumentKind.Offset), Int("bufferlength")],
            c => [c.Host, c.VfId, c.Offset, c.Length, c.BufferOffset, c.BufferLength],
            v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4], (int)v[5])),
        Row<WriteVfConfigSpace>([Int("host"), Int("vf"), Arg("offset", ArgumentKind.Offset), Int("length"), Arg("bufferoffset", ArgumentKind.Offset), Int("bufferlength"), Arg("value", ArgumentKind.Value32)],
            c => [c.Host, c.VfId, c.Offset, c.Length, c.BufferOffset, c.BufferLength, c.Value],
            v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4], (int)v[5], (uint)v[6])),
        Row<ReadVfConfigBlock>([Int("host"), Int("vf"), Int("block"), Int("length")],
            c => [c.Host, c.VfId, c.BlockId, c.Length], v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3])),
        Row<WriteVfConfigBlock>([Int("host"), Int("vf"), Int("block"), Int("length"), Arg("fill", ArgumentKind.Byte)],
            c => [c.Host, c.VfId, c.BlockId, c.Length, c.Value], v => new((int)v[0], (int)v[1], (int)v[2], (int)v[3], (byte)v[4])),
        Row<InvalidateConfigBlock>([Int("host"), Int("vf"), Arg("mask", ArgumentKind.Mask64)],
            c => [c.Host, c.VfId, c.Mask], v => new((int)v[0], (int)v[1], (ulong)v[2])),
        Row<ResetVf>([Int("host"), Int("vf")],
            c => [c.Host, c.VfId], v => new((int)v[0], (int)v[1])),
        Row<SetVfPowerState>([Int("host"), Int("vf"), Arg("state", PowerState)],
            c => [c.Host, c.VfId, c.D3], v => new((int)v[0], (int)v[1], (bool)v[2])),
        Enumeration(EnumerationKind.Switches),
        Enumeration(EnumerationKind.Vfs),
        Enumeration(EnumerationKind.VPorts),
        Enumeration(EnumerationKind.Filters),

        VmEvent<VmConnect>(c => c.Vm, vm => new(vm)),
        VmEvent<VmDisconnect>(c => c.Vm, vm => new(vm)),
        Row<HostAttachVf>([Int("vm"), Int("queuepairs", 1)],
            c => [c.Vm, c.QueuePairs], v => new((int)v[0], (int)v[1])),
        Row<ClientClearFilter>([Int("host"), Int("filter")],
            c => [c.Host, c.FilterId], v => new((int)v[0], (int)v[1])),
        Row<MoveVmFilter>([Int("vm"), Arg("target", ArgumentKind.Path)],
            c => [c.Vm, c.Target], v => new((int)v[0], (DataPath)v[1])),
        VmEvent<OfferVf>(c => c.Vm, vm => new(vm)),
        VmEvent<RequestVfRemoval>(c => c.Vm, vm => new(vm)),
        VmEvent<RemovalTimeout>(c => c.Vm, vm => new(vm)),
        VmEvent<HostDetachVf>(c => c.Vm, vm => new(vm)),
        VmEvent<SurpriseRemoveVf>(c => c.Vm, vm => new(vm)),
        Row<LiveMigrationStart>([Int("vm"), Int("destination")],
            c => [c.Vm, c.DestinationHost], v => new((int)v[0], (int)v[1])),
        VmEvent<LiveMigrationResume>(c => c.Vm, vm => new(vm)),

        VmEvent<GuestInitializeVf>(c => c.Vm, vm => new(vm)),
        VmEvent<GuestBindNetVsc>(c => c.Vm, vm => new(vm)),
        Row<GuestBindProtocol>([Int("vm"), Arg("protocol", Protocol), Arg("miniport", Miniport)],
            c => [c.Vm, c.NetVsc, c.ToVfMiniport], v => new((int)v[0], (bool)v[1], (bool)v[2])),
        Row<GuestSwitchDataPath>([Int("vm"), Arg("target", ArgumentKind.Path)],
            c => [c.Vm, c.Target], v => new((int)v[0], (DataPath)v[1])),
        VmEvent<GuestPauseVf>(c => c.Vm, vm => new(vm)),
        VmEvent<GuestUnbindNetVsc>(c => c.Vm, vm => new(vm)),
        VmEvent<GuestHaltVf>(c => c.Vm, vm => new(vm)),
        VmEvent<GuestHandleInvalidation>(c => c.Vm, vm => new(vm)),

        Row<ReceiveFrame>([Int("host"), Int("mac"), Int("vlan")],
            c => [c.Host, c.MacIndex, c.Vlan], v => new((int)v[0], (int)v[1], (int)v[2])),
        Row<GuestSendFrame>([Int("vm"), Int("mac"), Int("vlan"), Arg("source", Spoof, false), Int("stamp", GuestSendFrame.CurrentPathStamp), Int("from", GuestSendFrame.OwnSource)],
            c => [c.Vm, c.MacIndex, c.Vlan, c.SpoofSource, c.StampVPortId, c.SourceMacIndex], v => new((int)v[0], (int)v[1], (int)v[2], (bool)v[3], (int)v[4], (int)v[5])),
        Row<FramedOid>([Int("host"), Arg("oid", ArgumentKind.FramedOid), Int("id"), Int("length"), Arg("type", ArgumentKind.Offset), Int("revision"), Int("size")],
            c => [c.Host, c.Oid, c.Id, c.BufferLength, c.HeaderType, c.HeaderRevision, c.HeaderSize],
            v => new((int)v[0], (FramedOidKind)v[1], (int)v[2], (int)v[3], (int)v[4], (int)v[5], (int)v[6])),
        Row<PfHalt>([Int("host")], c => [c.Host], v => new((int)v[0])),
        Row<PfInitialize>([Int("host")], c => [c.Host], v => new((int)v[0])),
        Row<PfReset>([Int("host")], c => [c.Host], v => new((int)v[0])),
        Row<ReadSriovCapability>([Int("host")], c => [c.Host], v => new((int)v[0])),
        Row<QuerySriovCapabilities>([Int("host")], c => [c.Host], v => new((int)v[0])),
    ];

    /// <summary>Every operation name, in table order.</summary>
    public static IReadOnlyList<string> OperationNames { get; } = [.. Specs.Select(s => s.Name)];
}
