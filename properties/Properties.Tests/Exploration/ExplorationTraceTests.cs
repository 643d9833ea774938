using SriovVerification.Harness.Exploration;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class ExplorationTraceTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Counterexample_ReplayedFromTheInitialState_ReproducesEveryOutcomeAndTheFinding(bool symmetry)
    {
        var config = ExplorerTests.OneVmOneVf;
        var result = Explorer.Explore(config, new ExplorationOptions { Profile = ExplorationProfile.Full, Symmetry = symmetry });
        if (result.Verdict == ExplorationVerdict.Closed)
        {
            return;
        }

        var trace = Assert.IsType<ExplorationTrace>(result.Counterexample);
        var state = SriovModel.Initial(config);
        var last = (ModelState?)null;
        Transition? transition = null;
        foreach (var step in trace.Steps)
        {
            last = state;
            transition = SriovModel.Apply(config, state, step.Command);
            Assert.Equal(step.Outcome, transition.Outcome);
            state = transition.State;
        }

        Assert.Equal(ExplorationVerdict.InvariantViolated, result.Verdict);
        var id = result.Violation!.InvariantId;
        var found = Invariants.CheckState(config, state).Any(v => v.InvariantId == id)
            || (transition is not null && Invariants.CheckTransition(config, last!, trace.Steps[^1].Command, transition).Any(v => v.InvariantId == id));
        Assert.True(found, $"replaying the trace does not violate {id}:\n{trace.ToPlainText()}");
        Assert.StartsWith(id, trace.Finding, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_Steps_AreNumberedWithCommandAndStatus()
    {
        var trace = new ExplorationTrace(
            [new ExplorationStep(new Command.CreateSwitch(0, 3), Outcome.Ok), new ExplorationStep(new Command.DeleteSwitch(1), Outcome.Refused(NdisStatus.FileNotFound, "no switch"))],
            "INV-99: example");

        var lines = trace.ToPlainText().Split('\n');

        Assert.StartsWith("1. CreateSwitch", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(" -> SUCCESS", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(" -> FILE_NOT_FOUND", lines[1], StringComparison.Ordinal);
        Assert.Equal("INV-99: example", lines[2]);
    }
}
