// The scenario catalogue: the data path, PCI configuration space and the backchannel.
using static SriovVerification.Model.Command;

namespace SriovVerification.Scenarios;

public static partial class ScenarioCatalog
{
    private const int VendorIdOffset = 0x00;
    private const int CommandOffset = 0x04;
    private const int MsixCapabilityOffset = 0x70;
    private const int MsixControlOffset = 0x72;
    private const int UnmodelledOffset = 0x100;
    private const int TaggedVlan = 10;

    private static IReadOnlyList<Scenario> DataScenarios()
    {
        var config = ModelConfig.Default;
        return
        [
            VfDataPathScenario(config),
            ConfigSpaceThroughPfScenario(config),
            ConfigBlockBackchannelScenario(config),
        ];
    }

    private static Scenario VfDataPathScenario(ModelConfig config)
    {
        var foreignMac = config.VmCount;
        return Scenario.Of(
            "vf-data-path",
            "Frames in both directions between the wire and a VF, from VF to VF inside the NIC switch, between a VF and a VM on "
                + "the synthetic path, to the host and out of the physical port; spoofed, wrong-VLAN and self-addressed frames are dropped.",
            config with { VmVlans = [0, 0, 0, TaggedVlan] },
            [
                new CreateSwitch(Host0, 3),
                .. AttachAndUseVf(Vm0),
                .. AttachAndUseVf(Vm1),
                new VmConnect(Vm2),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new ReceiveFrame(Host0, Vm1, Untagged),
                new ReceiveFrame(Host0, Vm2, Untagged),
                new ReceiveFrame(Host0, foreignMac, Untagged),
                new GuestSendFrame(Vm0, Vm1, Untagged),
                new GuestSendFrame(Vm1, Vm0, Untagged),
                new GuestSendFrame(Vm0, Vm2, Untagged),
                new GuestSendFrame(Vm2, Vm0, Untagged),
                new GuestSendFrame(Vm2, Vm3, Untagged),
                new GuestSendFrame(Vm0, foreignMac, Untagged),
                new GuestSendFrame(Vm2, foreignMac, Untagged),
                new GuestSendFrame(Vm0, Vm1, Untagged, SpoofSource: true),
                new GuestSendFrame(Vm0, Vm1, TaggedVlan),
                new GuestSendFrame(Vm0, Vm0, Untagged),
                new ReceiveFrame(Host0, Vm3, TaggedVlan),
                new SetVfPowerState(Host0, 0, D3: true),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new SetVfPowerState(Host0, 0, D3: false),
                new ReceiveFrame(Host0, Vm0, Untagged),
            ]);
    }

    private static Scenario ConfigSpaceThroughPfScenario(ModelConfig config)
    {
        var space = config.VfConfigSpaceSizeBytes;
        return Scenario.Of(
            "config-space-through-pf",
            "The VF's PCI configuration space read and written through the PF OIDs: the Vendor ID reads all ones and ignores a "
                + "write, only Bus Master Enable and MSI-X Enable are writable, unmodelled bytes read as undefined, and accesses past "
                + "the space or the caller's buffer are refused.",
            config,
            new CreateSwitch(Host0, 3),
            new VmConnect(Vm0),
            new HostAttachVf(Vm0),
            new ReadVfConfigSpace(Host0, 0, CommandOffset, 2, 0, 2),
            new GuestInitializeVf(Vm0),
            new ReadVfConfigSpace(Host0, 0, VendorIdOffset, 4, 0, 4),
            new WriteVfConfigSpace(Host0, 0, VendorIdOffset, 2, 0, 2, 0x1234),
            new ReadVfConfigSpace(Host0, 0, VendorIdOffset, 2, 0, 2),
            new ReadVfConfigSpace(Host0, 0, CommandOffset, 2, 0, 2),
            new WriteVfConfigSpace(Host0, 0, CommandOffset, 2, 0, 2, 0x0000),
            new ReadVfConfigSpace(Host0, 0, CommandOffset, 2, 0, 2),
            new WriteVfConfigSpace(Host0, 0, CommandOffset, 2, 0, 2, 0xFFFF),
            new ReadVfConfigSpace(Host0, 0, CommandOffset, 2, 0, 2),
            new ReadVfConfigSpace(Host0, 0, MsixCapabilityOffset, 4, 0, 4),
            new WriteVfConfigSpace(Host0, 0, MsixControlOffset, 2, 0, 2, 0x0000),
            new ReadVfConfigSpace(Host0, 0, MsixControlOffset, 2, 0, 2),
            new ReadVfConfigSpace(Host0, 0, UnmodelledOffset, 4, 0, 4),
            new WriteVfConfigSpace(Host0, 0, UnmodelledOffset, 4, 0, 4, 0xDEADBEEF),
            new ReadVfConfigSpace(Host0, 0, space - 4, 4, 0, 4),
            new ReadVfConfigSpace(Host0, 0, space - 2, 4, 0, 4),
            new WriteVfConfigSpace(Host0, 0, space, 1, 0, 1, 0xFF),
            new ReadVfConfigSpace(Host0, 0, CommandOffset, 4, 2, 4),
            new ReadVfConfigSpace(Host0, 0, CommandOffset, 0, 0, 4),
            new ReadVfConfigSpace(Host0, 0, -4, 4, 0, 4),
            new ReadVfConfigSpace(Host0, 1, CommandOffset, 2, 0, 2));
    }

    private static Scenario ConfigBlockBackchannelScenario(ModelConfig config) =>
        Scenario.Of(
            "config-block-backchannel",
            "The PF writes whole VF configuration blocks and reads them back; two invalidations posted before the guest looks "
                + "are coalesced and delivered once with both bits, and malformed block accesses are refused.",
            config,
            new CreateSwitch(Host0, 3),
            new VmConnect(Vm0),
            new HostAttachVf(Vm0),
            new GuestInitializeVf(Vm0),
            new ReadVfConfigBlock(Host0, 0, 0, 64),
            new WriteVfConfigBlock(Host0, 0, 0, 64, 0xA5),
            new WriteVfConfigBlock(Host0, 0, 1, 16, 0x5A),
            new ReadVfConfigBlock(Host0, 0, 0, 64),
            new ReadVfConfigBlock(Host0, 0, 1, 8),
            new InvalidateConfigBlock(Host0, 0, 0x1),
            new InvalidateConfigBlock(Host0, 0, 0x2),
            new GuestHandleInvalidation(Vm0),
            new GuestHandleInvalidation(Vm0),
            new InvalidateConfigBlock(Host0, 0, 0x0),
            new WriteVfConfigBlock(Host0, 0, 0, 32, 0x11),
            new ReadVfConfigBlock(Host0, 0, 1, 17),
            new ReadVfConfigBlock(Host0, 0, 2, 4),
            new ReadVfConfigBlock(Host0, 1, 0, 64));
}
