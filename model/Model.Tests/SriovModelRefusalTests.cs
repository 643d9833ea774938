// Tests that every precondition refuses with its exact status and leaves the state unchanged.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model.Tests;

/// <summary>Every precondition of every row of docs/MODEL.md refuses with its exact status and leaves the state unchanged.</summary>
public sealed class SriovModelRefusalTests
{
    private const NdisStatus IP = NdisStatus.InvalidParameter;
    private const NdisStatus Idr = NdisStatus.InvalidDeviceRequest;
    private const NdisStatus Fnf = NdisStatus.FileNotFound;
    private const NdisStatus Res = NdisStatus.Resources;
    private const NdisStatus Ns = NdisStatus.NotSupported;

    private static readonly ModelConfig C = ModelConfig.Default;

    private sealed record Row(ModelConfig Config, Command[] Setup, Command Command, NdisStatus Status);

    private static readonly Dictionary<string, Row> Rows = new()
    {
        ["CreateSwitch_HostOutOfRange"] = new(C, [], new CreateSwitch(5, 3), IP),
        ["CreateSwitch_SriovDisabled"] = new(C with { HostSriovEnabled = [true, false] }, [], new CreateSwitch(1, 3), Ns),
        ["CreateSwitch_SwitchExists"] = new(C, World.Switch, new CreateSwitch(0, 3), IP),
        ["CreateSwitch_SwitchIdNotZero"] = new(C, [], new CreateSwitch(0, 3, 1), IP),
        ["CreateSwitch_NotExternal"] = new(C, [], new CreateSwitch(0, 3, 0, false), IP),
        ["CreateSwitch_NumVfsZero"] = new(C, [], new CreateSwitch(0, 0), IP),
        ["CreateSwitch_NumVfsAboveTotal"] = new(C, [], new CreateSwitch(0, 9), IP),
        ["DeleteSwitch_NoSwitch"] = new(C, [], new DeleteSwitch(0), Fnf),
        ["DeleteSwitch_WrongId"] = new(C, World.Switch, new DeleteSwitch(0, 1), Fnf),
        ["DeleteSwitch_VfAllocated"] = new(C, World.Allocated, new DeleteSwitch(0), IP),
        ["DeleteSwitch_NondefaultVPort"] = new(C, World.With(World.Switch, new CreateVPort(0, -1, 1)), new DeleteSwitch(0), IP),
        ["DeleteSwitch_Filter"] = new(C, World.Connected, new DeleteSwitch(0), IP),
        ["AllocateVf_NoSwitch"] = new(C, [], new AllocateVf(0, 0), IP),
        ["AllocateVf_InvalidInputIds"] = new(C, World.Switch, new AllocateVf(0, 0, false), IP),
        ["AllocateVf_VmOnOtherHost"] = new(C with { VmInitialHosts = [0, 1] }, World.Switch, new AllocateVf(0, 1), IP),
        ["AllocateVf_VmMigrating"] = new(C, World.With(World.Switch, new LiveMigrationStart(0, 1)), new AllocateVf(0, 0), IP),
        ["AllocateVf_VmHasVf"] = new(C, World.Allocated, new AllocateVf(0, 0), IP),
        ["AllocateVf_NoFreeVf"] = new(C, World.With(World.Switch, new AllocateVf(0, 0), new AllocateVf(0, 1), new AllocateVf(0, 2)), new AllocateVf(0, 3), Res),
        ["FreeVf_NoSwitch"] = new(C, [], new FreeVf(0, 0), Fnf),
        ["FreeVf_OutOfRange"] = new(C, World.Switch, new FreeVf(0, 3), Fnf),
        ["FreeVf_NotAllocated"] = new(C, World.Switch, new FreeVf(0, 0), Fnf),
        ["FreeVf_HasVPort"] = new(C, World.With(World.Allocated, new CreateVPort(0, 0, 1)), new FreeVf(0, 0), Fnf),
        ["CreateVPort_NoSwitch"] = new(C, [], new CreateVPort(0, -1, 1), IP),
        ["CreateVPort_VfOutOfRange"] = new(C, World.Switch, new CreateVPort(0, 3, 1), IP),
        ["CreateVPort_VfNotAllocated"] = new(C, World.Switch, new CreateVPort(0, 0, 1), IP),
        ["CreateVPort_VfHasVPort"] = new(C, World.With(World.Allocated, new CreateVPort(0, 0, 1)), new CreateVPort(0, 0, 1), IP),
        ["CreateVPort_QueuePairsZero"] = new(C, World.Switch, new CreateVPort(0, -1, 0), IP),
        ["CreateVPort_QueuePairsAboveMax"] = new(C, World.Switch, new CreateVPort(0, -1, 3), IP),
        ["CreateVPort_VPortCountAtMax"] = new(C with { MaxNumVPorts = 2 }, World.With(World.Switch, new CreateVPort(0, -1, 1)), new CreateVPort(0, -1, 1), Res),
        ["CreateVPort_QueuePairsExhausted"] = new(C with { MaxNumQueuePairs = 2 }, World.With(World.Switch, new CreateVPort(0, -1, 1)), new CreateVPort(0, -1, 1), Res),
        ["SetVPortState_NoSwitch"] = new(C, [], new SetVPortState(0, 1, true), IP),
        ["SetVPortState_NoSuchVPort"] = new(C, World.Switch, new SetVPortState(0, 1, true), IP),
        ["SetVPortState_DefaultVPort"] = new(C, World.Switch, new SetVPortState(0, 0, true), IP),
        ["SetVPortState_VfVPort"] = new(C, World.With(World.Allocated, new CreateVPort(0, 0, 1)), new SetVPortState(0, 1, true), IP),
        ["SetVPortState_Deactivate"] = new(C, World.With(World.Switch, new CreateVPort(0, -1, 1)), new SetVPortState(0, 1, false), IP),
        ["SetVPortState_AlreadyActivated"] = new(C, World.With(World.Switch, new CreateVPort(0, -1, 1), new SetVPortState(0, 1, true)), new SetVPortState(0, 1, true), IP),
        ["SetVPortParameters_NoSwitch"] = new(C, [], new SetVPortParameters(0, 0, SetVPortParameters.NameChanged, 1, 1, 0, false, 0), IP),
        ["SetVPortParameters_NoSuchVPort"] = new(C, World.Switch, new SetVPortParameters(0, 1, SetVPortParameters.NameChanged, 1, 1, 0, false, 0), IP),
        ["SetVPortParameters_UndefinedFlag"] = new(C, World.Switch, new SetVPortParameters(0, 0, 0x0100_0000, 1, 1, 0, false, 0), IP),
        ["SetVPortParameters_UndefinedModeration"] = new(C, World.Switch, new SetVPortParameters(0, 0, SetVPortParameters.InterruptModerationChanged, 0, 7, 0, false, 0), IP),
        ["SetVPortParameters_StateOfDefaultVPort"] = new(C, World.Switch, new SetVPortParameters(0, 0, SetVPortParameters.StateChanged, 0, 1, 0, false, 0), IP),
        ["DeleteVPort_DefaultVPort"] = new(C, World.Switch, new DeleteVPort(0, 0), IP),
        ["DeleteVPort_NoSwitch"] = new(C, [], new DeleteVPort(0, 1), IP),
        ["DeleteVPort_NoSuchVPort"] = new(C, World.Switch, new DeleteVPort(0, 1), IP),
        ["DeleteVPort_FilterOnIt"] = new(C, World.With(World.Switch, new CreateVPort(0, -1, 1), new SetFilter(0, 1, 4, 0)), new DeleteVPort(0, 1), IP),
        ["DeleteVPort_GuestDevicePresent"] = new(C with { FilterMovePolicy = FilterMovePolicy.GuestDriven }, World.Attached, new DeleteVPort(0, 1), IP),
        ["SetFilter_InvalidType"] = new(C, World.Switch, new SetFilter(0, 0, 4, 0, false), IP),
        ["SetFilter_NoSwitch"] = new(C, [], new SetFilter(0, 0, 4, 0), IP),
        ["SetFilter_NoSuchVPort"] = new(C, World.Switch, new SetFilter(0, 1, 4, 0), IP),
        ["SetFilter_MacOutOfDomain"] = new(C, World.Switch, new SetFilter(0, 0, 5, 0), IP),
        ["SetFilter_VlanOutOfDomain"] = new(C, World.Switch, new SetFilter(0, 0, 4, 5000), IP),
        ["SetFilter_VmMacAndVlan_NotIssued"] = new(C, World.Switch, new SetFilter(0, 0, 1, 0), Idr),
        ["SetFilter_Duplicate"] = new(C, World.With(World.Switch, new SetFilter(0, 0, 4, 0)), new SetFilter(0, 0, 4, 0), IP),
        ["SetFilter_TableFull"] = new(C with { MaxReceiveFilters = 1 }, World.With(World.Switch, new SetFilter(0, 0, 4, 0)), new SetFilter(0, 0, 4, 7), Res),
        ["ClearFilter_NoSuchFilter"] = new(C, World.Switch, new ClearFilter(0, 1), Fnf),
        ["ClearFilter_OwnedByVmWithVf_NotIssued"] = new(C, World.Attached, new ClearFilter(0, 1), Idr),
        ["SurpriseRemoveVf_NoVf"] = new(C, World.Connected, new SurpriseRemoveVf(0), Idr),
        ["SurpriseRemoveVf_VfWithoutVPort"] = new(C, World.With(World.Connected, new AllocateVf(0, 0)), new SurpriseRemoveVf(0), Idr),
        ["SurpriseRemoveVf_AlreadySurpriseRemoved"] = new(C, World.With(World.Attached, new SurpriseRemoveVf(0)), new SurpriseRemoveVf(0), Idr),
        ["GuestBindProtocol_NetVscToPfMiniport"] = new(C, World.With(World.Attached, new GuestInitializeVf(0)), new GuestBindProtocol(0, true, false), Idr),
        ["GuestBindProtocol_OtherProtocolToVfMiniport"] = new(C, World.With(World.Attached, new GuestInitializeVf(0)), new GuestBindProtocol(0, false, true), Idr),
        ["GuestBindProtocol_VmOutOfRange"] = new(C, World.Switch, new GuestBindProtocol(9, true, true), Idr),
        ["ClientClearFilter_OwnedByVm"] = new(C, World.Connected, new ClientClearFilter(0, 1), IP),
        ["ClientClearFilter_NoSuchFilter"] = new(C, World.Switch, new ClientClearFilter(0, 1), Fnf),
        ["MoveFilter_NoSuchFilter"] = new(C, World.Switch, new MoveFilter(0, 1, 0, 0), IP),
        ["MoveFilter_OwnedByVmToPfVPort_NotIssued"] = new(C, World.With(World.Connected, new CreateVPort(0, -1, 1)), new MoveFilter(0, 1, 0, 1), Idr),
        ["MoveFilter_OwnedByVmOnVfPathToDefault_NotIssued"] = new(C, World.VfPath, new MoveFilter(0, 1, 1, 0), Idr),
        ["MoveFilter_NotOnSource"] = new(C, World.With(World.Switch, new CreateVPort(0, -1, 1), new SetFilter(0, 0, 4, 0)), new MoveFilter(0, 1, 1, 0), IP),
        ["MoveFilter_NoDestination"] = new(C, World.With(World.Switch, new SetFilter(0, 0, 4, 0)), new MoveFilter(0, 1, 0, 1), IP),
        ["ReadVfConfigSpace_NoSwitch"] = new(C, [], new ReadVfConfigSpace(0, 0, 0, 4, 0, 4), IP),
        ["ReadVfConfigSpace_NotAllocated"] = new(C, World.Switch, new ReadVfConfigSpace(0, 0, 0, 4, 0, 4), IP),
        ["ReadVfConfigSpace_ZeroLength"] = new(C, World.Allocated, new ReadVfConfigSpace(0, 0, 0, 0, 0, 4), IP),
        ["ReadVfConfigSpace_NegativeOffset"] = new(C, World.Allocated, new ReadVfConfigSpace(0, 0, -1, 4, 0, 4), IP),
        ["ReadVfConfigSpace_BeyondSpace"] = new(C, World.Allocated, new ReadVfConfigSpace(0, 0, 4094, 4, 0, 4), IP),
        ["ReadVfConfigSpace_OverflowingSum"] = new(C, World.Allocated, new ReadVfConfigSpace(0, 0, int.MaxValue, 4, 0, 4), IP),
        ["ReadVfConfigSpace_BeyondBuffer"] = new(C, World.Allocated, new ReadVfConfigSpace(0, 0, 0, 4, 2, 4), IP),
        ["WriteVfConfigSpace_NotAllocated"] = new(C, World.Switch, new WriteVfConfigSpace(0, 0, 4, 2, 0, 2, 4), IP),
        ["WriteVfConfigSpace_BeyondSpace"] = new(C, World.Allocated, new WriteVfConfigSpace(0, 0, 4095, 2, 0, 2, 4), IP),
        ["WriteVfConfigSpace_BeyondBuffer"] = new(C, World.Allocated, new WriteVfConfigSpace(0, 0, 4, 2, 1, 2, 4), IP),
        ["ReadVfConfigBlock_NotAllocated"] = new(C, World.Switch, new ReadVfConfigBlock(0, 0, 0, 64), IP),
        ["ReadVfConfigBlock_UndefinedBlock"] = new(C, World.Allocated, new ReadVfConfigBlock(0, 0, 2, 1), IP),
        ["ReadVfConfigBlock_ZeroLength"] = new(C, World.Allocated, new ReadVfConfigBlock(0, 0, 0, 0), IP),
        ["ReadVfConfigBlock_Oversized"] = new(C, World.Allocated, new ReadVfConfigBlock(0, 0, 0, 65), IP),
        ["WriteVfConfigBlock_NotAllocated"] = new(C, World.Switch, new WriteVfConfigBlock(0, 0, 0, 64, 1), IP),
        ["WriteVfConfigBlock_UndefinedBlock"] = new(C, World.Allocated, new WriteVfConfigBlock(0, 0, 2, 64, 1), IP),
        ["WriteVfConfigBlock_PartialBlock"] = new(C, World.Allocated, new WriteVfConfigBlock(0, 0, 0, 63, 1), IP),
        ["InvalidateConfigBlock_NotAllocated"] = new(C, World.Switch, new InvalidateConfigBlock(0, 0, 1), IP),
        ["InvalidateConfigBlock_ZeroMask"] = new(C, World.Allocated, new InvalidateConfigBlock(0, 0, 0), IP),
        ["ResetVf_NoSwitch"] = new(C, [], new ResetVf(0, 0), IP),
        ["ResetVf_NotAllocated"] = new(C, World.Switch, new ResetVf(0, 0), IP),
        ["SetVfPowerState_NotAllocated"] = new(C, World.Switch, new SetVfPowerState(0, 0, true), IP),
        ["Enumerate_SriovDisabled"] = new(C with { HostSriovEnabled = [false, true] }, [], new Enumerate(0, EnumerationKind.Vfs), Ns),
        ["Enumerate_HostOutOfRange"] = new(C, [], new Enumerate(2, EnumerationKind.Vfs), IP),
        ["VmConnect_VmOutOfRange"] = new(C, World.Switch, new VmConnect(4), Idr),
        ["VmConnect_AlreadyConnected"] = new(C, World.Connected, new VmConnect(0), Idr),
        ["VmConnect_Migrating"] = new(C, World.With(World.Switch, new LiveMigrationStart(0, 1)), new VmConnect(0), Idr),
        ["VmConnect_NoSwitch"] = new(C, [], new VmConnect(0), Idr),
        ["VmConnect_FilterTableFull"] = new(C with { MaxReceiveFilters = 1 }, World.With(World.Switch, new VmConnect(1)), new VmConnect(0), Res),
        ["VmDisconnect_NotConnected"] = new(C, World.Switch, new VmDisconnect(0), Idr),
        ["VmDisconnect_HasVf"] = new(C, World.Attached, new VmDisconnect(0), Idr),
        ["HostAttachVf_VmOutOfRange"] = new(C, World.Connected, new HostAttachVf(9), Idr),
        ["HostAttachVf_SriovDisabled"] = new(C with { HostSriovEnabled = [false, true] }, [], new HostAttachVf(0), Ns),
        ["HostAttachVf_Migrating"] = new(C, World.With(World.Connected, new LiveMigrationStart(0, 1)), new HostAttachVf(0), Idr),
        ["HostAttachVf_NotConnected"] = new(C, World.Switch, new HostAttachVf(0), Idr),
        ["HostAttachVf_AlreadyHasVf"] = new(C, World.Attached, new HostAttachVf(0), Idr),
        ["HostAttachVf_NoFreeVf"] = new(C, [new CreateSwitch(0, 1), new VmConnect(0), new VmConnect(1), new HostAttachVf(1)], new HostAttachVf(0), Res),
        ["HostAttachVf_QueuePairsZero"] = new(C, World.Connected, new HostAttachVf(0, 0), IP),
        ["HostAttachVf_QueuePairsAboveMax"] = new(C, World.Connected, new HostAttachVf(0, 3), IP),
        ["HostAttachVf_NoVPortLeft"] = new(C with { MaxNumVPorts = 1 }, World.Connected, new HostAttachVf(0), Res),
        ["HostAttachVf_NoQueuePairsLeft"] = new(C with { MaxNumQueuePairs = 1 }, World.Connected, new HostAttachVf(0), Res),
        ["MoveVmFilter_NotConnected"] = new(C, World.Switch, new MoveVmFilter(0, DataPath.Synthetic), Idr),
        ["MoveVmFilter_VfTargetWithoutVf"] = new(C, World.Connected, new MoveVmFilter(0, DataPath.Vf), Idr),
        ["MoveVmFilter_VfTargetWithoutVPort"] = new(C, World.With(World.Connected, new AllocateVf(0, 0)), new MoveVmFilter(0, DataPath.Vf), Idr),
        ["MoveVmFilter_SyntheticOnVfPath"] = new(C, World.VfPath, new MoveVmFilter(0, DataPath.Synthetic), Idr),
        ["OfferVf_NoVf"] = new(C, World.Connected, new OfferVf(0), Idr),
        ["OfferVf_NoVPort"] = new(C, World.With(World.Connected, new AllocateVf(0, 0)), new OfferVf(0), Idr),
        ["OfferVf_DevicePresent"] = new(C, World.Attached, new OfferVf(0), Idr),
        ["RequestVfRemoval_NoVf"] = new(C, World.Connected, new RequestVfRemoval(0), Idr),
        ["RequestVfRemoval_DeviceAbsent"] = new(C, World.With(World.Connected, new AllocateVf(0, 0), new CreateVPort(0, 0, 1)), new RequestVfRemoval(0), Idr),
        ["RequestVfRemoval_AlreadyPending"] = new(C, World.With(World.Bound, new RequestVfRemoval(0)), new RequestVfRemoval(0), Idr),
        ["RemovalTimeout_NoVf"] = new(C, World.Connected, new RemovalTimeout(0), Idr),
        ["RemovalTimeout_NoRemovalPending"] = new(C, World.Bound, new RemovalTimeout(0), Idr),
        ["RemovalTimeout_DeviceAbsent"] = new(C, World.With(World.Connected, new AllocateVf(0, 0), new CreateVPort(0, 0, 1)), new RemovalTimeout(0), Idr),
        ["HostDetachVf_NoVf"] = new(C, World.Connected, new HostDetachVf(0), Idr),
        ["HostDetachVf_DevicePresent"] = new(C, World.Attached, new HostDetachVf(0), Idr),
        ["LiveMigrationStart_Migrating"] = new(C, World.With(World.Switch, new LiveMigrationStart(0, 1)), new LiveMigrationStart(0, 1), Idr),
        ["LiveMigrationStart_DestinationIsHost"] = new(C, [], new LiveMigrationStart(0, 0), Idr),
        ["LiveMigrationStart_DestinationOutOfRange"] = new(C, [], new LiveMigrationStart(0, 2), Idr),
        ["LiveMigrationStart_HasVf"] = new(C, World.Attached, new LiveMigrationStart(0, 1), Idr),
        ["LiveMigrationResume_NotMigrating"] = new(C, [], new LiveMigrationResume(0), Idr),
        ["GuestInitializeVf_NoVf"] = new(C, World.Connected, new GuestInitializeVf(0), Idr),
        ["GuestInitializeVf_NotOffered"] = new(C, World.Bound, new GuestInitializeVf(0), Idr),
        ["GuestBindNetVsc_NotInitialized"] = new(C, World.Attached, new GuestBindNetVsc(0), Idr),
        ["GuestBindNetVsc_RemovalPending"] = new(C, World.With(World.Attached, new GuestInitializeVf(0), new RequestVfRemoval(0)), new GuestBindNetVsc(0), Idr),
        ["GuestSwitchDataPath_VfAlreadyOnVf"] = new(C, World.VfPath, new GuestSwitchDataPath(0, DataPath.Vf), Idr),
        ["GuestSwitchDataPath_VfNotBound"] = new(C, World.With(World.Attached, new GuestInitializeVf(0)), new GuestSwitchDataPath(0, DataPath.Vf), Idr),
        ["GuestSwitchDataPath_VfRemovalPending"] = new(C, World.With(World.Bound, new RequestVfRemoval(0)), new GuestSwitchDataPath(0, DataPath.Vf), Idr),
        ["GuestSwitchDataPath_VfFilterNotOnVPort"] = new(C, World.With(World.Bound, new MoveVmFilter(0, DataPath.Synthetic)), new GuestSwitchDataPath(0, DataPath.Vf), Idr),
        ["GuestSwitchDataPath_SyntheticNotOnVf"] = new(C, World.Bound, new GuestSwitchDataPath(0, DataPath.Synthetic), Idr),
        ["GuestPauseVf_NoRemovalPending"] = new(C, World.Bound, new GuestPauseVf(0), Idr),
        ["GuestPauseVf_AlreadyPaused"] = new(C, World.With(World.Bound, new RequestVfRemoval(0), new GuestPauseVf(0)), new GuestPauseVf(0), Idr),
        ["GuestPauseVf_DataPathVf"] = new(C, World.With(World.VfPath, new RequestVfRemoval(0)), new GuestPauseVf(0), Idr),
        ["GuestUnbindNetVsc_NotPaused"] = new(C, World.Bound, new GuestUnbindNetVsc(0), Idr),
        ["GuestHaltVf_NotUnbound"] = new(C, World.Bound, new GuestHaltVf(0), Idr),
        ["GuestHandleInvalidation_NothingPending"] = new(C, World.Bound, new GuestHandleInvalidation(0), Idr),
        ["GuestHandleInvalidation_DeviceOffered"] = new(C, World.With(World.Attached, new InvalidateConfigBlock(0, 0, 1)), new GuestHandleInvalidation(0), Idr),
        ["ReceiveFrame_HostOutOfRange"] = new(C, [], new ReceiveFrame(7, 0, 0), Idr),
        ["GuestSendFrame_VmOutOfRange"] = new(C, [], new GuestSendFrame(7, 0, 0), Idr),
        ["FramedOid_BufferShorterThanTheStructure"] = new(C, World.Allocated, new FramedOid(0, FramedOidKind.FreeVf, 0, 9, 0x80, 1, 10), NdisStatus.InvalidLength),
        ["FramedOid_MethodBufferShorterThanTheOutput"] = new(C, [], new FramedOid(0, FramedOidKind.CreateSwitch, 3, 547, 0x80, 1, 548), NdisStatus.InvalidLength),
        ["FramedOid_HeaderTypeNotDefault"] = new(C, World.Allocated, new FramedOid(0, FramedOidKind.FreeVf, 0, 12, 0x81, 1, 10), IP),
        ["FramedOid_HeaderRevisionBelowLowest"] = new(C, World.Allocated, new FramedOid(0, FramedOidKind.FreeVf, 0, 12, 0x80, 0, 10), IP),
        ["FramedOid_HeaderSizeBelowRevision"] = new(C, World.Allocated, new FramedOid(0, FramedOidKind.FreeVf, 0, 12, 0x80, 1, 9), IP),
        ["FramedOid_HeaderSizeBeyondBuffer"] = new(C, World.Allocated, new FramedOid(0, FramedOidKind.FreeVf, 0, 11, 0x80, 1, 12), IP),
        ["FramedOid_UndefinedKind"] = new(C, [], new FramedOid(0, (FramedOidKind)99, 0, 12, 0x80, 1, 10), Ns),
        ["FramedOid_PfHalted"] = new(C, [new PfHalt(0)], new FramedOid(0, FramedOidKind.CreateSwitch, 3, 548, 0x80, 1, 548), Idr),
        ["FramedOid_WellFramedBodyRefused"] = new(C, World.Switch, new FramedOid(0, FramedOidKind.FreeVf, 0, 12, 0x80, 1, 10), Fnf),
        ["CreateSwitch_PfHalted"] = new(C, [new PfHalt(0)], new CreateSwitch(0, 3), Idr),
        ["PfHalt_HostOutOfRange"] = new(C, [], new PfHalt(2), Idr),
        ["PfHalt_Halted"] = new(C, [new PfHalt(0)], new PfHalt(0), Idr),
        ["PfInitialize_NotHalted"] = new(C, World.Switch, new PfInitialize(0), Idr),
        ["PfInitialize_HostOutOfRange"] = new(C, [], new PfInitialize(-1), Idr),
        ["PfReset_Halted"] = new(C, [new PfHalt(0)], new PfReset(0), Idr),
        ["PfReset_HostOutOfRange"] = new(C, [], new PfReset(2), Idr),
        ["ReadSriovCapability_HostOutOfRange"] = new(C, [], new ReadSriovCapability(2), Idr),
        ["QuerySriovCapabilities_SriovDisabled"] = new(C with { HostSriovEnabled = [true, false] }, [], new QuerySriovCapabilities(1), Ns),
        ["QuerySriovCapabilities_PfHalted"] = new(C, [new PfHalt(0)], new QuerySriovCapabilities(0), Idr),
    };

    public static TheoryData<string> Cases() => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_PreconditionUnmet_RefusesWithDocumentedStatusAndSameState(string name)
    {
        var row = Rows[name];
        var before = World.Build(row.Config, row.Setup);
        var transition = SriovModel.Apply(row.Config, before, row.Command);
        Assert.Equal(row.Status, transition.Outcome.Status);
        Assert.False(string.IsNullOrEmpty(transition.Outcome.Reason));
        Assert.Same(before, transition.State);
        Assert.Empty(Invariants.CheckTransition(row.Config, before, row.Command, transition));
    }

    [Fact]
    public void Apply_EveryCommandCase_HasARefusalRow()
    {
        var covered = Rows.Values.Select(r => r.Command.GetType()).ToHashSet();
        var frames = new[] { typeof(Enumerate) };
        foreach (var type in typeof(Command).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(Command))))
        {
            Assert.True(covered.Contains(type) || frames.Contains(type), $"no refusal row for {type.Name}");
        }
    }
}
