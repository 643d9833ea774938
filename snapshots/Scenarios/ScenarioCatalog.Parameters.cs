// The scenario catalogue: VPort parameters, filters, named spoofing and MSI.
using static SriovVerification.Model.Command;

namespace SriovVerification.Scenarios;

/// <summary>The protocol's parameters beyond the lifecycle: VPort parameters, MAC-only and VLAN-only filters, named spoofing, MSI.</summary>
public static partial class ScenarioCatalog
{
    private const int MsiCapabilityOffset = 0x60;
    private const int MsiControlOffset = 0x62;

    private const int Vlan7 = 7;

    private const int AllParameters = SetVPortParameters.NameChanged | SetVPortParameters.InterruptModerationChanged
        | SetVPortParameters.ProcessorAffinityChanged | SetVPortParameters.FlagsChanged;

    private static IReadOnlyList<Scenario> ParameterScenarios()
    {
        var config = ModelConfig.Default;
        return
        [
            VPortParametersFlaggedFieldsScenario(config),
            MsiAndMsixClearedByFlrScenario(config),
            SpoofingWithANamedSourceScenario(config),
            FiltersAndedAndOred(config),
        ];
    }

    private static Scenario VPortParametersFlaggedFieldsScenario(ModelConfig config) =>
        Scenario.Of(
            "vport-parameters-flagged-fields",
            "OID_NIC_SWITCH_VPORT_PARAMETERS changes only the fields its NDIS_NIC_SWITCH_VPORT_PARAMS_*_CHANGED flags name: "
                + "every field flagged, the name alone, the interrupt moderation alone, the processor affinity alone, the lookahead "
                + "split (FLAGS_CHANGED) alone; a buffer with new values and no flag changes nothing; an undefined change flag, an "
                + "undefined interrupt moderation and STATE_CHANGED on the default VPort are refused; STATE_CHANGED activates a "
                + "Deactivated PF VPort.",
            config,
            new CreateSwitch(Host0, 3),
            new SetVPortParameters(Host0, 0, AllParameters, 1, SetVPortParameters.ModerationOff, 0x1, true, 128),
            new SetVPortParameters(Host0, 0, 0, 2, 300, 0x2, false, 64),
            new SetVPortParameters(Host0, 0, SetVPortParameters.NameChanged, 2, 300, 0x2, false, 64),
            new SetVPortParameters(Host0, 0, SetVPortParameters.InterruptModerationChanged, 3, 300, 0x2, false, 64),
            new SetVPortParameters(Host0, 0, SetVPortParameters.ProcessorAffinityChanged, 3, 100, 0x2, false, 64),
            new SetVPortParameters(Host0, 0, SetVPortParameters.FlagsChanged, 3, 100, 0x3, false, 64),
            new SetVPortParameters(Host0, 0, 0x0100_0000, 0, 1, 0, false, 0),
            new SetVPortParameters(Host0, 0, SetVPortParameters.InterruptModerationChanged, 0, 7, 0, false, 0),
            new SetVPortParameters(Host0, 0, SetVPortParameters.StateChanged, 0, 1, 0, false, 0),
            new CreateVPort(Host0, CreateVPort.PfFunctionId, 1),
            new SetVPortParameters(Host0, 1, SetVPortParameters.StateChanged | SetVPortParameters.NameChanged, 4, 1, 0, false, 0),
            new SetVPortParameters(Host0, 7, SetVPortParameters.NameChanged, 1, 1, 0, false, 0),
            new Enumerate(Host0, EnumerationKind.VPorts));

    private static Scenario MsiAndMsixClearedByFlrScenario(ModelConfig config) =>
        Scenario.Of(
            "msi-and-msix-cleared-by-flr",
            "The VF's MSI capability (id 0x05 at 0x60, 64-bit capable, one vector) and MSI-X capability (id 0x11 at 0x70) read "
                + "through the PF: the VF miniport's initialization enables MSI-X, the PF enables MSI through a config-space write, "
                + "and OID_SRIOV_RESET_VF's function-level reset clears both enable bits (spec RESET_VF: MSI/MSI-X off) until the "
                + "VF miniport initializes the VF again.",
            config,
            new CreateSwitch(Host0, 3),
            new VmConnect(Vm0),
            new HostAttachVf(Vm0),
            new ReadVfConfigSpace(Host0, 0, MsiCapabilityOffset, 4, 0, 4),
            new GuestInitializeVf(Vm0),
            new WriteVfConfigSpace(Host0, 0, MsiControlOffset, 2, 0, 2, 0xFFFF),
            new ReadVfConfigSpace(Host0, 0, MsiCapabilityOffset, 4, 0, 4),
            new ReadVfConfigSpace(Host0, 0, MsixCapabilityOffset, 4, 0, 4),
            new ResetVf(Host0, 0),
            new ReadVfConfigSpace(Host0, 0, MsiCapabilityOffset, 4, 0, 4),
            new ReadVfConfigSpace(Host0, 0, MsixCapabilityOffset, 4, 0, 4),
            new GuestInitializeVf(Vm0),
            new ReadVfConfigSpace(Host0, 0, MsixCapabilityOffset, 4, 0, 4),
            new ReadVfConfigSpace(Host0, 0, MsiCapabilityOffset, 4, 0, 4));

    private static Scenario SpoofingWithANamedSourceScenario(ModelConfig config) =>
        Scenario.Of(
            "spoofing-with-a-named-source",
            "A VF frame carrying another VM's MAC as its source is dropped by the sending VF's anti-spoofing check and counted on "
                + "that VF (not on the victim's); the foreign MAC counts the same; a spoofed frame on the synthetic path is dropped "
                + "by the extensible switch port and counts on no VF; the VM's own MAC named as the source is no spoof; a named "
                + "source together with source=spoofed, or out of the MAC domain, is refused.",
            config,
            [
                new CreateSwitch(Host0, 3),
                .. AttachAndUseVf(Vm0),
                .. AttachAndUseVf(Vm1),
                new VmConnect(Vm2),
                new GuestSendFrame(Vm0, Vm2, Untagged, SourceMacIndex: Vm1),
                new GuestSendFrame(Vm0, Vm2, Untagged, SourceMacIndex: Vm1),
                new GuestSendFrame(Vm1, Vm2, Untagged, SpoofSource: true),
                new GuestSendFrame(Vm2, Vm0, Untagged, SourceMacIndex: Vm1),
                new GuestSendFrame(Vm0, Vm2, Untagged, SourceMacIndex: Vm0),
                new GuestSendFrame(Vm0, Vm2, Untagged, SpoofSource: true, SourceMacIndex: Vm1),
                new GuestSendFrame(Vm0, Vm2, Untagged, SourceMacIndex: config.VmCount + 1),
                new Enumerate(Host0, EnumerationKind.Vfs),
            ]);

    /// <summary>
    /// Filters' fields ANDed, a VPort's filters ORed, and the rule for a frame filters of two VPorts match (docs/MODEL.md,
    /// "Receive filters"). VM 0 (untagged) is on its VF's VPort 1, VM 2 on VPort 2, VM 1 on the synthetic path.
    /// </summary>
    private static Scenario FiltersAndedAndOred(ModelConfig config)
    {
        var foreign = config.VmCount;
        return Scenario.Of(
            "filters-anded-and-ored",
            "Receive filters ANDed within a filter and ORed across a VPort's filters (spec section 1): VPort 1 (VM 0's VF) holds "
                + "VM 0's MAC-only filter (untagged or VID 0), a VLAN-only filter of VLAN 7 and a MAC+VLAN filter of the foreign MAC "
                + "on VLAN 7, and a frame matching one or two of them goes to VM 0 once, the foreign MAC untagged (not on the "
                + "MAC+VLAN filter's VLAN) to the host, and a SET_FILTER with no field test or a second VLAN-only filter of VLAN 7 is "
                + "refused INVALID_PARAMETER. A MAC+VLAN filter of VM 1's MAC on VLAN 7 on VPort 2 (VM 2's VF) wins over VPort 1's "
                + "VLAN-only filter (the most specific filter routes), and once the VLAN-only filter is cleared VM 2's MAC on "
                + "VLAN 7 goes to the host.",
            config,
            [
                new CreateSwitch(Host0, 3),
                .. AttachAndUseVf(Vm0),
                .. AttachAndUseVf(Vm2),
                new VmConnect(Vm1),
                new SetFilter(Host0, 1, SetFilter.NoMac, Vlan7),
                new SetFilter(Host0, 1, foreign, Vlan7),
                new SetFilter(Host0, 1, SetFilter.NoMac, Untagged),
                new SetFilter(Host0, 2, SetFilter.NoMac, Vlan7),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new ReceiveFrame(Host0, Vm3, Vlan7),
                new ReceiveFrame(Host0, foreign, Vlan7),
                new ReceiveFrame(Host0, Vm0, Vlan7),
                new ReceiveFrame(Host0, foreign, Untagged),
                new SetFilter(Host0, 2, Vm1, Vlan7),
                new ReceiveFrame(Host0, Vm1, Vlan7),
                new ReceiveFrame(Host0, Vm1, Untagged),
                new ReceiveFrame(Host0, Vm2, Vlan7),
                new Enumerate(Host0, EnumerationKind.Filters),
                new ClearFilter(Host0, 4),
                new ReceiveFrame(Host0, Vm2, Vlan7),
                new ReceiveFrame(Host0, Vm1, Vlan7),
            ]);
    }
}
