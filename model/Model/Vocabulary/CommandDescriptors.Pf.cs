// The descriptor rows of the OID requests to the PF miniport.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model;

/// <content>The OID requests to the PF miniport: NIC switch, VF, VPort, filter, config space and enumeration OIDs.</content>
public static partial class CommandDescriptors
{
    private const string PfOperation = nameof(Model.VfTrigger.PfOperation);

    private static IEnumerable<CommandDescriptor> PfRows() =>
    [
        Row<CreateSwitch>(Actor.Pf, "OID_NIC_SWITCH_CREATE_SWITCH", HostStackKind) with
        {
            SwitchTriggerOf = _ => SwitchTrigger.CreateSwitch, KernelTriggers = [nameof(SwitchTrigger.CreateSwitch)], Weight = 4,
            SwitchNumVfsOf = On((CreateSwitch c) => c.NumVfs),
        },
        Row<DeleteSwitch>(Actor.Pf, "OID_NIC_SWITCH_DELETE_SWITCH", HostStackKind) with
        {
            SwitchTriggerOf = _ => SwitchTrigger.DeleteSwitch, KernelTriggers = [nameof(SwitchTrigger.DeleteSwitch)], Weight = 2,
        },
        Row<AllocateVf>(Actor.Pf, "OID_NIC_SWITCH_ALLOCATE_VF", LifecycleKind) with { KernelTriggers = [nameof(Model.VfTrigger.Allocate)], Weight = 4 },
        Row<FreeVf>(Actor.Pf, "OID_NIC_SWITCH_FREE_VF", LifecycleKind) with
        {
            Traits = CommandTraits.SteeredToLegal | CommandTraits.VfOperation | CommandTraits.FreesVf, KernelTriggers = [nameof(Model.VfTrigger.Free)], Weight = 3,
        },
        Row<CreateVPort>(Actor.Pf, "OID_NIC_SWITCH_CREATE_VPORT", LifecycleKind) with { KernelTriggers = [nameof(Model.VfTrigger.CreateVPort)], Weight = 4 },
        Row<SetVPortState>(Actor.Pf, "OID_NIC_SWITCH_VPORT_PARAMETERS") with
        {
            Traits = CommandTraits.SteeredToLegal,
            RepresentativeProfilesOf = Representatives<SetVPortState>(c => c is { VPortId: 1, Activated: true }, c => c is { VPortId: 1, Activated: false }),
            ConformanceRepresentative = "VPort activation", KindsRepresentative = "VPort deactivation", Weight = 4,
        },
        Row<SetVPortParameters>(Actor.Pf, "OID_NIC_SWITCH_VPORT_PARAMETERS_SET") with
        {
            Traits = CommandTraits.SteeredToLegal,
            // A VPort's parameters enable and refuse nothing else: a second VPort's settings would multiply the states of the
            // smallest configuration by about three without a new interleaving of anything else (the randomized check sets them on every VPort).
            Profiles = ProfileSet.None,
            RepresentativeProfilesOf = On((SetVPortParameters c) => c.VPortId != 0
                ? ProfileSet.None
                : ProfileSet.Full | (c.Changed == SetVPortParameters.NameChanged ? ProfileSet.Conformance | ProfileSet.Kinds : ProfileSet.None)),
            FullExclusion = "VPORT_PARAMETERS on the default VPort only",
            ConformanceRepresentative = "a VPORT_PARAMETERS changing only the default VPort's name", Weight = 2,
        },
        Row<DeleteVPort>(Actor.Pf, "OID_NIC_SWITCH_DELETE_VPORT", LifecycleKind) with
        {
            Traits = CommandTraits.SteeredToLegal | CommandTraits.DeletesVPort, KernelTriggers = [nameof(Model.VfTrigger.DeleteVPort)], Weight = 3,
        },
        .. FilterRows(),
        .. ConfigSpaceRows(),
        Row<ResetVf>(Actor.Pf, "OID_SRIOV_RESET_VF", LifecycleKind) with
        {
            Traits = CommandTraits.VfOperation | CommandTraits.ResetsVf, SelfLoopTrigger = Model.VfTrigger.PfOperation, KernelTriggers = [PfOperation], Weight = 2,
        },
        Row<SetVfPowerState>(Actor.Pf, "OID_SRIOV_SET_VF_POWER_STATE") with
        {
            Traits = CommandTraits.SteeredToLegal | CommandTraits.VfOperation, SelfLoopTrigger = Model.VfTrigger.PfOperation, KernelTriggers = [PfOperation],
            RepresentativeProfilesOf = Representatives<SetVfPowerState>(c => c.D3, c => !c.D3), ConformanceRepresentative = "D3", KindsRepresentative = "D0",
        },
        new CommandDescriptor(typeof(Enumerate), Actor.Pf, ["OID_NIC_SWITCH_ENUM_SWITCHES", "OID_NIC_SWITCH_ENUM_VFS", "OID_NIC_SWITCH_ENUM_VPORTS", "OID_RECEIVE_FILTER_ENUM_FILTERS"])
        {
            TraceNameIndexOf = On((Enumerate c) => (int)c.Kind), HostOf = On((Enumerate c) => c.Host), Profiles = ProfileSet.Full,
            RepresentativeProfilesOf = Representatives<Enumerate>(null, _ => true), KindsRepresentative = "enumerations",
        },
    ];

    private static IEnumerable<CommandDescriptor> FilterRows() =>
    [
        Row<SetFilter>(Actor.Pf, "OID_RECEIVE_FILTER_SET_FILTER") with
        {
            Traits = CommandTraits.SteeredToLegal,
            RepresentativeProfilesOf = Representatives<SetFilter>(
                c => c is { VPortId: 1, MacIndex: 0, Vlan: 0, ValidFilterType: true } or { VPortId: 1, Vlan: not 0, ValidFilterType: true } or { MacIndex: SetFilter.NoMac, Vlan: 0 },
                c => c is { VPortId: 0, Vlan: 0, ValidFilterType: true }),
            ConformanceRepresentative = "SetFilter (MAC-only on VPort 1; with a VM on a VLAN, MAC+VLAN and VLAN-only on VPort 1; one with no field test)",
            KindsRepresentative = "management filters on the default VPort", Weight = 2, FilterVlanOf = On((SetFilter c) => c.Vlan),
        },
        Row<ClearFilter>(Actor.Pf, "OID_RECEIVE_FILTER_CLEAR_FILTER") with
        {
            RepresentativeProfilesOf = Representatives<ClearFilter>(c => c.FilterId == 1), ConformanceRepresentative = "ClearFilter", Weight = 2,
            OnLiveFilter = (c, filter, _) => new ClearFilter(((ClearFilter)c).Host, filter.FilterId),
        },
        Row<MoveFilter>(Actor.Pf, "OID_RECEIVE_FILTER_MOVE_FILTER") with
        {
            RepresentativeProfilesOf = Representatives<MoveFilter>(c => c is { FilterId: 1, SourceVPortId: 0, DestinationVPortId: 1 }), ConformanceRepresentative = "MoveFilter", Weight = 2,
            OnLiveFilter = (c, filter, destination) => new MoveFilter(((MoveFilter)c).Host, filter.FilterId, filter.VPortId, destination()),
        },
    ];

    private static IEnumerable<CommandDescriptor> ConfigSpaceRows() =>
    [
        Row<ReadVfConfigSpace>(Actor.Pf, "OID_SRIOV_READ_VF_CONFIG_SPACE") with
        {
            Traits = CommandTraits.SteeredToLegal | CommandTraits.VfOperation, SelfLoopTrigger = Model.VfTrigger.PfOperation, KernelTriggers = [PfOperation],
            ConfigAccessOf = On((ReadVfConfigSpace c) => new ConfigAccess(c.Offset, c.Length, c.BufferOffset, c.BufferLength)),
            RepresentativeProfilesOf = Representatives<ReadVfConfigSpace>(c => c.Offset > 0xFF, c => c is { Offset: 0x00, Length: 4, BufferOffset: 0 }),
            ConformanceRepresentative = "out-of-bounds config-space read", KindsRepresentative = "in-range config-space reads", Weight = 2,
        },
        Row<WriteVfConfigSpace>(Actor.Pf, "OID_SRIOV_WRITE_VF_CONFIG_SPACE") with
        {
            Traits = CommandTraits.SteeredToLegal | CommandTraits.VfOperation, SelfLoopTrigger = Model.VfTrigger.PfOperation, KernelTriggers = [PfOperation],
            ConfigAccessOf = On((WriteVfConfigSpace c) => new ConfigAccess(c.Offset, c.Length, c.BufferOffset, c.BufferLength)),
            RepresentativeProfilesOf = Representatives<WriteVfConfigSpace>(
                c => c is { Offset: 0x04, Value: 0x0004, BufferOffset: 0 } or { Offset: 0x62, Value: 0x0001 }, c => c is { Offset: 0x00, Length: 4, BufferOffset: 0 }),
            ConformanceRepresentative = "Bus Master write, MSI Enable write", KindsRepresentative = "read-only id writes", Weight = 2,
        },
        Row<ReadVfConfigBlock>(Actor.Pf, "OID_SRIOV_READ_VF_CONFIG_BLOCK") with
        {
            Traits = CommandTraits.SteeredToLegal | CommandTraits.VfOperation, SelfLoopTrigger = Model.VfTrigger.PfOperation, KernelTriggers = [PfOperation],
            RepresentativeProfilesOf = Representatives<ReadVfConfigBlock>(null, c => c.BlockId == 0), KindsRepresentative = "config-block reads",
        },
        Row<WriteVfConfigBlock>(Actor.Pf, "OID_SRIOV_WRITE_VF_CONFIG_BLOCK") with
        {
            Traits = CommandTraits.SteeredToLegal | CommandTraits.VfOperation, SelfLoopTrigger = Model.VfTrigger.PfOperation, KernelTriggers = [PfOperation],
            RepresentativeProfilesOf = Representatives<WriteVfConfigBlock>(c => c is { BlockId: 0, Value: 0xA5 }), ConformanceRepresentative = "config-block write", Weight = 2,
            ConfigBlockFillOf = On((WriteVfConfigBlock c) => c.Value),
        },
        Row<InvalidateConfigBlock>(Actor.Pf, "NdisMInvalidateConfigBlock") with
        {
            Traits = CommandTraits.SteeredToLegal | CommandTraits.VfOperation | CommandTraits.PostsInvalidation, SelfLoopTrigger = Model.VfTrigger.PfOperation, KernelTriggers = [PfOperation],
            InvalidationMaskOf = On((InvalidateConfigBlock c) => c.Mask),
            RepresentativeProfilesOf = Representatives<InvalidateConfigBlock>(c => c.Mask is 1 or 2), ConformanceRepresentative = "invalidation of masks 1 and 2", Weight = 2,
        },
    ];
}
