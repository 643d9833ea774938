// Tests of the Stateless-based model machines: firing, guards, refusals and their tables.
using SriovVerification.Model.Kernel;

namespace SriovVerification.Model.Tests.Kernel;

public sealed class ModelMachineTests
{
    public enum Light { Off, On, Broken }

    public enum Switch { Press, Kick, Look, Tap }

    private static ModelMachine<Light, Switch, (Light State, bool Powered)> Machine() =>
        new("Lamp", Light.Off, c => c.State, b =>
        {
            var powered = new Guard<(Light State, bool Powered)>(c => c.Powered, "powered", NdisStatus.Resources);
            b.Machine.Configure(Light.Off)
                .PermitIf(b.Trigger(Switch.Press), Light.On, b.When(powered))
                .Permit(Switch.Kick, Light.Broken)
                .Ignore(Switch.Look);
            b.Machine.Configure(Light.On)
                .Permit(Switch.Press, Light.Off)
                .PermitReentryIf(b.Trigger(Switch.Tap), b.When(powered))
                .OnEntry(() => { }, "light up");
        });

    [Fact]
    public void Fire_PermittedTrigger_ReturnsDestination()
    {
        var result = Machine().Fire(Switch.Kick, (Light.Off, false));
        Assert.Equal(FireOutcome.Transitioned, result.Outcome);
        Assert.Equal(Light.Broken, result.Destination);
        Assert.True(result.ChangesPhase);
    }

    [Fact]
    public void Fire_NoTransition_HasNoStatus()
    {
        var result = Machine().Fire(Switch.Kick, (Light.On, true));
        Assert.False(result.IsSuccess);
        Assert.Equal(FireOutcome.NoTransition, result.Outcome);
        Assert.Null(result.UnmetStatus);
    }

    [Fact]
    public void Fire_UnmetGuard_ListsDescriptionAndStatus()
    {
        var result = Machine().Fire(Switch.Press, (Light.Off, false));
        Assert.Equal(FireOutcome.GuardUnmet, result.Outcome);
        Assert.Equal(["powered"], result.UnmetGuards);
        Assert.Equal(NdisStatus.Resources, result.UnmetStatus);
    }

    [Fact]
    public void Fire_IgnoredTrigger_StaysInState()
    {
        var result = Machine().Fire(Switch.Look, (Light.Off, false));
        Assert.Equal(FireOutcome.Ignored, result.Outcome);
        Assert.Equal(Light.Off, result.Destination);
    }

    [Fact]
    public void FireThroughStateless_EveryStateAndTrigger_AgreesWithTheTable()
    {
        var machine = Machine();
        foreach (var light in Enum.GetValues<Light>())
        {
            foreach (var trigger in Enum.GetValues<Switch>())
            {
                foreach (var powered in new[] { false, true })
                {
                    var table = machine.Fire(trigger, (light, powered));
                    var stateless = machine.FireThroughStateless(trigger, (light, powered));
                    Assert.Equal(table.Outcome, stateless.Outcome);
                    Assert.Equal(table.Destination, stateless.Destination);
                    Assert.Equal(table.UnmetStatus, stateless.UnmetStatus);
                    Assert.Equal(table.UnmetGuards, stateless.UnmetGuards);
                    Assert.Equal(table.IsSuccess, machine.CanFire(trigger, (light, powered), out _));
                }
            }
        }
    }

    [Fact]
    public void CanFire_UnmetGuard_ReturnsDescriptions()
    {
        Assert.False(Machine().CanFire(Switch.Press, (Light.Off, false), out var unmet));
        Assert.Equal(["powered"], unmet);
    }

    [Fact]
    public void Arrive_StateOtherThanDestination_Throws()
    {
        var machine = Machine();
        var step = machine.Fire(Switch.Kick, (Light.Off, false));
        machine.Arrive(step, (Light.Off, false), Light.Broken);
        var error = Assert.Throws<InvalidOperationException>(() => machine.Arrive(step, (Light.Off, false), Light.On));
        Assert.Contains("Lamp fired Off --Kick--> Broken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetInfo_Configured_ListsStatesTransitionsIgnoredAndEntries()
    {
        var info = Machine().GetInfo();
        Assert.Equal("Off", info.InitialState);
        Assert.Equal(["Off", "On", "Broken"], info.States.Select(s => s.Name));
        Assert.Equal(["Look"], info.States[0].IgnoredTriggers);
        Assert.Equal(["light up"], info.States[1].EntryActions);
        Assert.Equal(["powered"], info.Transitions.First().GuardDescriptions);
        Assert.Contains(info.Transitions, t => t is { Source: "On", Trigger: "Tap", Destination: "On" });
    }

    [Fact]
    public void When_TwoGuardsWithOneDescription_Throws()
    {
        var machine = () => new ModelMachine<Light, Switch, bool>("Twice", Light.Off, _ => Light.Off, b =>
        {
            b.Machine.Configure(Light.Off)
                .PermitIf(b.Trigger(Switch.Press), Light.On, b.When(new Guard<bool>(c => c, "same", NdisStatus.Resources)))
                .PermitIf(b.Trigger(Switch.Kick), Light.On, b.When(new Guard<bool>(c => !c, "same", NdisStatus.Resources)));
        });
        Assert.Throws<InvalidOperationException>(machine);
    }
}
