// Properties.Tests/Exploration: the configuration set of explore --conform --config-set small
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>The configuration set of <c>explore --conform --config-set small</c>: every command kind is accepted by the model on at least one of its configurations.</summary>
public sealed class ConfigurationSetTests
{
    [Fact]
    public void Small_EveryCommandKind_IsAcceptedOnSomeConfiguration()
    {
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        var accepted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in ConfigurationSet.Small)
        {
            Assert.Empty(entry.Config.Validate());
            foreach (var command in SriovModel.CandidateCommands(entry.Config, SriovModel.Initial(entry.Config)))
            {
                kinds.Add(command.GetType().Name);
            }

            var result = Explorer.Explore(entry.Config, ConfigurationSet.OptionsFor(new ExplorationOptions { CheckLiveness = false }));
            Assert.True(result.Verdict is ExplorationVerdict.Closed or ExplorationVerdict.Bounded, $"{entry.Name}: {result.VerdictText}");
            foreach (var kind in result.Coverage.CommandKinds.Where(k => k.Enabled > 0))
            {
                if (!accepted.TryGetValue(kind.Kind, out var where))
                {
                    accepted[kind.Kind] = where = [];
                }

                where.Add(entry.Name);
            }
        }

        var never = kinds.Where(k => !accepted.ContainsKey(k)).ToList();
        Assert.True(never.Count == 0, "never accepted on any configuration of the set: " + string.Join(", ", never));
        Assert.True(kinds.Count >= 40, $"only {kinds.Count} command kinds offered");
    }

    [Fact]
    public void Small_QueuePairBudget_RefusesAVPortTheFirstConfigurationAccepts()
    {
        var first = ConfigurationSet.Small[0].Config;
        var budget = Assert.Single(ConfigurationSet.Small, e => e.Config.MaxNumQueuePairs < first.MaxNumQueuePairs).Config;
        Command[] prefix = [new Command.CreateSwitch(0, 1), new Command.AllocateVf(0, 0)];
        var vport = new Command.CreateVPort(0, 0, 2);

        Assert.True(Run(first, [.. prefix, vport]).Outcome.IsSuccess);
        Assert.False(Run(budget, [.. prefix, vport]).Outcome.IsSuccess);
        Assert.True(Run(budget, [.. prefix, new Command.CreateVPort(0, 0, 1)]).Outcome.IsSuccess);
    }

    private static Transition Run(ModelConfig config, Command[] commands)
    {
        var state = SriovModel.Initial(config);
        Transition? last = null;
        foreach (var command in commands)
        {
            last = SriovModel.Apply(config, state, command);
            state = last.State;
        }

        return last!;
    }
}
