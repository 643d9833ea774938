// The scenario catalogue: the PF's own lifecycle, its SR-IOV capability and NDIS framing.
using static SriovVerification.Model.Command;

namespace SriovVerification.Scenarios;

public static partial class ScenarioCatalog
{
    /// <summary>The PF's own lifecycle, its SR-IOV capability and the NDIS framing rules (spec sections 2, 3 PF halt, 4).</summary>
    private static IReadOnlyList<Scenario> PfScenarios()
    {
        var config = ModelConfig.Default;
        return
        [
            PfHaltThenOidsRefusedScenario(config),
            PfResetScenario(config),
            SriovCapabilityScenario(config),
            OidFramingScenario(config),
        ];
    }

    private static Scenario PfHaltThenOidsRefusedScenario(ModelConfig config) =>
        Scenario.Of(
            "pf-halt-then-oids-refused",
            "Spec section 3, PF halt: with VM 0 on the VF path and VM 1 synthetic, the halt takes VM 0 off its VF, clears the "
                + "filters, deletes the nondefault VPort, resets and frees the VF, deletes the switch (VF Enable clear, NumVFs 0), "
                + "then halts; after it no SR-IOV OID reaches the PF (refused), until the PF miniport initializes again.",
            config,
            [
                new CreateSwitch(Host0, 3),
                new VmConnect(Vm1),
                .. AttachAndUseVf(Vm0),
                new PfHalt(Host0),
                new ReadSriovCapability(Host0),
                new Enumerate(Host0, EnumerationKind.Switches),
                new CreateSwitch(Host0, 3),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new PfHalt(Host0),
                new PfInitialize(Host0),
                new CreateSwitch(Host0, 3),
                new VmConnect(Vm0),
            ]);

    private static Scenario PfResetScenario(ModelConfig config) =>
        Scenario.Of(
            "pf-reset",
            "Spec section 4: a PF reset clears VF Enable and NumVFs, every VF vanishes; the host stack recovers: VM 0 (on the VF "
                + "path) goes to the synthetic path, the switch is created again with its NumVFs and both VMs' filters are set "
                + "again on the default VPort, so their frames arrive over the synthetic path.",
            config,
            [
                new CreateSwitch(Host0, 3),
                new VmConnect(Vm1),
                .. AttachAndUseVf(Vm0),
                new PfReset(Host0),
                new Enumerate(Host0, EnumerationKind.Vfs),
                new Enumerate(Host0, EnumerationKind.Filters),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new ReceiveFrame(Host0, Vm1, Untagged),
                new HostAttachVf(Vm0),
            ]);

    private static Scenario SriovCapabilityScenario(ModelConfig config)
    {
        var table = config with { VfRoutingTable = [new VfRouting(1, 4, 2), new VfRouting(3, 16, 4)] };
        return Scenario.Of(
            "sriov-capability",
            "Spec section 4: the PF's SR-IOV capability with a device whose First VF Offset and VF Stride change with NumVFs "
                + "(offset 4, stride 2 from 1 VF; 16 and 4 from 3): before the switch VF Enable is clear; CREATE_SWITCH writes "
                + "NumVFs, then reads offset and stride, then sets VF Enable, so the RIDs follow the values for NumVFs 3; "
                + "DELETE_SWITCH clears it again; the NDIS_SRIOV_CAPS_* report is SRIOV_SUPPORTED | PF_MINIPORT.",
            table,
            [
                new ReadSriovCapability(Host0),
                new QuerySriovCapabilities(Host0),
                new CreateSwitch(Host0, 3),
                new ReadSriovCapability(Host0),
                new AllocateVf(Host0, Vm0),
                new AllocateVf(Host0, Vm1),
                new FreeVf(Host0, 0),
                new FreeVf(Host0, 1),
                new DeleteSwitch(Host0),
                new CreateSwitch(Host0, 1),
                new ReadSriovCapability(Host0),
                new AllocateVf(Host0, Vm0),
            ]);
    }

    private static Scenario OidFramingScenario(ModelConfig config) =>
        Scenario.Of(
            "oid-framing",
            "Spec section 2 and the NDIS header rules: an information buffer shorter than the structure is INVALID_LENGTH with "
                + "BytesNeeded the size of the revision implemented (a method request's buffer must hold its output); a header of "
                + "another type, a revision below the lowest, a size below the revision's NDIS_SIZEOF or beyond the buffer is "
                + "INVALID_PARAMETER; none changes anything; the same request well framed succeeds.",
            config,
            [
                new FramedOid(Host0, FramedOidKind.CreateSwitch, 3, 547, 0x80, 1, 548),
                new FramedOid(Host0, FramedOidKind.CreateSwitch, 3, 548, 0x80, 1, 548),
                new AllocateVf(Host0, Vm0),
                new FramedOid(Host0, FramedOidKind.FreeVf, 0, 9, 0x80, 1, 10),
                new FramedOid(Host0, FramedOidKind.FreeVf, 0, 12, 0x81, 1, 10),
                new FramedOid(Host0, FramedOidKind.FreeVf, 0, 12, 0x80, 0, 10),
                new FramedOid(Host0, FramedOidKind.FreeVf, 0, 12, 0x80, 1, 9),
                new FramedOid(Host0, FramedOidKind.FreeVf, 0, 11, 0x80, 1, 12),
                new FramedOid(Host0, FramedOidKind.SetFilter, 0, 20, 0x80, 2, 44),
                new FramedOid(Host0, FramedOidKind.FreeVf, 0, 12, 0x80, 2, 12),
                new Enumerate(Host0, EnumerationKind.Vfs),
            ]);
}
