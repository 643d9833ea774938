// Properties.Tests/Exploration: tests of ExplorationTrace
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class ExplorationTraceTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Counterexample_ReplayedFromTheInitialState_ReproducesEveryOutcomeAndTheFinding(bool symmetry)
    {
        var config = ExplorerTests.TwoHostsTwoVmsOneVf;
        var options = new ExplorationOptions
        {
            Profile = ExplorationProfile.Lifecycle,
            Symmetry = symmetry,
            StepHook = (_, _, transition) => OnVfPath(transition.State) ? "a VM is on the VF data path" : null,
        };

        var result = Explorer.Explore(config, options);

        Assert.Equal(ExplorationVerdict.HookFailed, result.Verdict);
        var trace = Assert.IsType<ExplorationTrace>(result.Counterexample);
        Assert.Equal(6, trace.Steps.Count);
        var state = SriovModel.Initial(config);
        foreach (var step in trace.Steps)
        {
            var transition = SriovModel.Apply(config, state, step.Command);
            Assert.Equal(step.Outcome, transition.Outcome);
            state = transition.State;
        }

        Assert.True(OnVfPath(state), trace.ToPlainText());
        Assert.IsType<Command.GuestSwitchDataPath>(trace.Steps[^1].Command);
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

    private static bool OnVfPath(ModelState state) => state.Vms.Any(v => v.DataPath == DataPath.Vf);
}
