// Properties.Tests/Exploration: the model's Stateless machines are its authority
using SriovVerification.Model;
using SriovVerification.Model.Kernel;

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>
/// The model's Stateless machines are its authority: over every transition the generic explorer takes on two small
/// configurations, every fire also goes through Stateless and agrees with the cached table, and every step's effect
/// leaves the machine in the fired transition's destination (a mismatch throws out of <see cref="SriovModel.Apply"/>).
/// </summary>
[Collection(MachineSelfCheckCollection.Name)]
public sealed class MachineSelfCheckTests
{
    public static TheoryData<string> Configurations => ["one-vm-one-vf/kinds", "two-hosts-two-vms/lifecycle"];

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Explore_EveryFireThroughStateless_SelfCheckHoldsOnEveryTransition(string name)
    {
        var (config, profile) = name switch
        {
            "one-vm-one-vf/kinds" => (ExplorerTests.OneVmOneVf, ExplorationProfile.Kinds),
            _ => (ExplorerTests.TwoHostsTwoVmsOneVf, ExplorationProfile.Lifecycle),
        };
        var acceptedSteps = 0L;
        MachineSelfCheck.ResetCounts();
        MachineSelfCheck.EveryFireThroughStateless = true;
        ExplorationResult result;
        try
        {
            result = Explorer.Explore(config, new ExplorationOptions
            {
                Profile = profile,
                Engine = ExplorationEngine.Generic,
                Symmetry = false,
                StatesMax = 400_000,
                StepHook = (_, _, transition) =>
                {
                    if (transition.Outcome.IsSuccess)
                    {
                        Interlocked.Increment(ref acceptedSteps);
                    }

                    return null;
                },
            });
        }
        finally
        {
            MachineSelfCheck.EveryFireThroughStateless = false;
        }

        Assert.Equal(ExplorationVerdict.Closed, result.Verdict);
        Assert.True(acceptedSteps > 0, "no accepted step");
        Assert.True(MachineSelfCheck.StatelessFires > result.Transitions / 10, $"{MachineSelfCheck.StatelessFires} fires through Stateless over {result.Transitions} transitions");
        Assert.True(MachineSelfCheck.ArrivalsChecked > 0, "no destination check");
    }

    [Fact]
    public void Apply_EffectLeavesAnotherPhase_Throws()
    {
        var context = new VfContext(ExplorerTests.OneVmOneVf, World(), 0, 0, 0);
        var step = ModelMachines.VfLifecycle.Fire(VfTrigger.Allocate, context);

        var error = Assert.Throws<InvalidOperationException>(() => ModelMachines.VfLifecycle.Arrive(step, context, VfPhase.Free));
        Assert.StartsWith("model self-check: VfLifecycle fired Free --Allocate--> Allocated", error.Message, StringComparison.Ordinal);
    }

    private static ModelState World()
    {
        var config = ExplorerTests.OneVmOneVf;
        return SriovModel.Apply(config, SriovModel.Initial(config), new Command.CreateSwitch(0, 1)).State;
    }
}

/// <summary>The self-check tests switch a process-wide mode on; they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MachineSelfCheckCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "machine self-check";
}
