// Properties.Tests/Reliability: FaultInjectionProperties
using SriovVerification.Harness.Reliability;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Ndis;
using SriovVerification.Implementation.Switch;

namespace SriovVerification.Properties.Tests.Reliability;

public class FaultInjectionProperties
{
    public static TheoryData<string> Scenarios => [.. FaultScenario.Documented.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void InjectEverywhere_DocumentedSequence_RecoversWithinBound(string name)
    {
        // Claim: after any one fault at any step (surprise removal, removal time-out, an OID failing with RESOURCES or
        // FAILURE, a guest that never answers, a PF reset), the host stack's recovery settles the system within the
        // tick bound: the adapter's self-checks hold, every VM the fault-free run reaches is reachable, nothing is pending.
        var scenario = FaultScenario.Documented.Single(s => s.Name == name);
        var outcomes = FaultInjector.InjectEverywhere(scenario);
        var failed = outcomes.Where(o => !o.Recovered).Select(o => o.Message).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of {outcomes.Count} faults not recovered:\n{string.Join("\n", failed.Take(10))}");
        Assert.Contains(outcomes, o => o.Fault.Kind == FaultKind.OidFailure);
        Assert.All(outcomes, o => Assert.InRange(o.Ticks, 0, FaultInjector.RecoveryTicksMax));
    }

    [Fact]
    public void Inject_SurpriseRemovalSkipsFilterMove_RecoveryStillMovesFilterBack()
    {
        // Claim: even when the surprise-removal path leaves the VM's filter on the VF's VPort, the recovery's halt
        // time-out and detach bring the VM back to the synthetic path within the bound.
        var scenario = FaultScenario.Documented.Single(s => s.Name == "initialization");
        var broken = scenario with { Options = scenario.Options with { Adapter = new AdapterOptions { Defects = new HashSet<string> { DefectCatalog.SurpriseRemovalSkipsFilterMove } } } };
        var outcome = FaultInjector.Inject(broken, scenario.Steps.Count - 1, new Fault(FaultKind.SurpriseRemoval), [0]);
        Assert.True(outcome.Recovered, outcome.Message);
        Assert.InRange(outcome.Ticks, 1, FaultInjector.RecoveryTicksMax);
    }

    [Fact]
    public void Inject_ObligationNeverMet_MessageNamesTheBoundAndTheObligation()
    {
        // Claim: when the system does not settle, the message says where the fault was, after how many ticks, and what is pending.
        var scenario = FaultScenario.Documented.Single(s => s.Name == "initialization");
        var fault = new Fault(FaultKind.OidFailure, Oid.OID_SRIOV_SET_VF_POWER_STATE, NdisStatus.Failure);
        var outcome = FaultInjector.Inject(scenario, 1, fault, [0]);
        Assert.False(outcome.Recovered);
        Assert.StartsWith("initialization: OidFailure(OID_SRIOV_SET_VF_POWER_STATE→NDIS_STATUS_FAILURE) before step 2 (VmConnect): not settled after 1000 ticks: host 0: injected Failure for OID_SRIOV_SET_VF_POWER_STATE not yet taken", outcome.Message, StringComparison.Ordinal);
    }
}
