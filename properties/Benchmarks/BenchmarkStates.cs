// Benchmarks: the states the micro-benchmarks start from

namespace SriovVerification.Benchmarks;

/// <summary>The states the micro-benchmarks start from: the default configuration mid-way through a VF's lifecycle.</summary>
public static class BenchmarkStates
{
    /// <summary>
    /// Switches on both hosts; VM 0 on its VF's data path, VM 1 with an initialized VF, VM 2 connected, VM 3 not.
    /// </summary>
    public static ModelState MidLifecycle(ModelConfig config)
    {
        var commands = MidLifecycleCommands(config);
        var state = SriovModel.Initial(config);
        foreach (var command in commands)
        {
            var transition = SriovModel.Apply(config, state, command);
            if (!transition.Outcome.IsSuccess)
            {
                throw new InvalidOperationException($"benchmark set-up: {command} refused ({transition.Outcome.Status})");
            }

            state = transition.State;
        }

        return state;
    }

    /// <summary>The commands that lead from the initial state to <see cref="MidLifecycle"/>.</summary>
    public static Command[] MidLifecycleCommands(ModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return
        [
            new Command.CreateSwitch(0, config.NumVfs),
            new Command.CreateSwitch(1, config.NumVfs),
            new Command.VmConnect(0),
            new Command.VmConnect(1),
            new Command.VmConnect(2),
            new Command.HostAttachVf(0),
            new Command.GuestInitializeVf(0),
            new Command.GuestBindNetVsc(0),
            new Command.GuestSwitchDataPath(0, DataPath.Vf),
            new Command.HostAttachVf(1),
            new Command.GuestInitializeVf(1),
        ];
    }
}
