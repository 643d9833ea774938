// Test helper: model states built by applying commands that must succeed.
namespace SriovVerification.Model.Tests;

/// <summary>Builds model states by applying commands that must succeed.</summary>
internal static class World
{
    public static ModelConfig Config { get; } = ModelConfig.Default;

    public static ModelState Build(ModelConfig config, params Command[] setup)
    {
        var state = SriovModel.Initial(config);
        foreach (var command in setup)
        {
            var transition = SriovModel.Apply(config, state, command);
            Assert.True(transition.Outcome.IsSuccess, $"setup {command}: {transition.Outcome.Status} {transition.Outcome.Reason}");
            state = transition.State;
        }

        return state;
    }

    public static Command[] Switch => [new Command.CreateSwitch(0, 3)];

    public static Command[] Connected => [.. Switch, new Command.VmConnect(0)];

    public static Command[] Allocated => [.. Switch, new Command.AllocateVf(0, 0)];

    public static Command[] Attached => [.. Connected, new Command.HostAttachVf(0)];

    public static Command[] Bound => [.. Attached, new Command.GuestInitializeVf(0), new Command.GuestBindNetVsc(0)];

    public static Command[] VfPath => [.. Bound, new Command.GuestSwitchDataPath(0, DataPath.Vf)];

    public static Command[] With(Command[] setup, params Command[] more) => [.. setup, .. more];
}
