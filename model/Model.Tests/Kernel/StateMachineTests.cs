using SriovVerification.Model.Kernel;

namespace SriovVerification.Model.Tests.Kernel;

public sealed class StateMachineTests
{
    private enum Light { Off, On, Broken }

    private enum Switch { Press, Kick, Look }

    private static StateMachine<Light, Switch, (Light State, bool Powered)> Machine()
    {
        var machine = new StateMachine<Light, Switch, (Light State, bool Powered)>(c => c.State, Light.Off, "Lamp");
        machine.Configure(Light.Off)
            .PermitIf(Switch.Press, Light.On, c => c.Powered, "powered", NdisStatus.Resources)
            .Permit(Switch.Kick, Light.Broken)
            .Ignore(Switch.Look);
        machine.Configure(Light.On).Permit(Switch.Press, Light.Off).OnEntry("light up");
        return machine;
    }

    [Fact]
    public void Fire_PermittedTrigger_ReturnsDestination()
    {
        var result = Machine().Fire(Switch.Kick, (Light.Off, false));
        Assert.Equal(FireOutcome.Transitioned, result.Outcome);
        Assert.Equal(Light.Broken, result.Destination);
    }

    [Fact]
    public void Fire_NoTransition_NamesStateAndTrigger()
    {
        var result = Machine().Fire(Switch.Kick, (Light.On, true));
        Assert.False(result.IsSuccess);
        Assert.Equal(FireOutcome.NoTransition, result.Outcome);
        Assert.Equal("No valid leaving transitions are permitted from state 'On' for trigger 'Kick'. Consider ignoring the trigger.", result.Error);
    }

    [Fact]
    public void Fire_UnmetGuard_ListsDescriptionAndPayload()
    {
        var result = Machine().Fire(Switch.Press, (Light.Off, false));
        Assert.Equal(FireOutcome.GuardUnmet, result.Outcome);
        Assert.Equal("Trigger 'Press' is valid for transition from state 'Off' but a guard condition is not met. Guard descriptions: 'powered'.", result.Error);
        Assert.Equal(["powered"], result.UnmetGuards);
        Assert.Equal(NdisStatus.Resources, result.UnmetPayload);
    }

    [Fact]
    public void Fire_IgnoredTrigger_StaysInState()
    {
        var result = Machine().Fire(Switch.Look, (Light.Off, false));
        Assert.Equal(FireOutcome.Ignored, result.Outcome);
        Assert.Equal(Light.Off, result.Destination);
    }

    [Fact]
    public void Fire_SeveralGuardedTransitions_FirstSatisfiedWins()
    {
        var machine = new StateMachine<int, string, int>(c => 0);
        machine.Configure(0).PermitIf("go", 1, c => c > 10, "big").PermitIf("go", 2, c => c > 0, "positive");
        Assert.Equal(2, machine.Fire("go", 5).Destination);
        Assert.Equal(1, machine.Fire("go", 50).Destination);
        Assert.Equal(["big", "positive"], machine.Fire("go", -1).UnmetGuards);
    }

    [Fact]
    public void CanFire_UnmetGuard_ReturnsDescriptions()
    {
        Assert.False(Machine().CanFire(Switch.Press, (Light.Off, false), out var unmet));
        Assert.Equal(["powered"], unmet);
        Assert.True(Machine().CanFire(Switch.Press, (Light.Off, true), out unmet));
        Assert.Empty(unmet);
    }

    [Fact]
    public void GetPermittedTriggers_GuardUnmet_LeavesTriggerOut()
    {
        Assert.Equal([Switch.Kick, Switch.Look], Machine().GetPermittedTriggers((Light.Off, false)));
        Assert.Equal([Switch.Press, Switch.Kick, Switch.Look], Machine().GetPermittedTriggers((Light.Off, true)));
    }

    [Fact]
    public void GetInfo_Configured_ListsStatesTransitionsIgnoredAndEntries()
    {
        var info = Machine().GetInfo();
        Assert.Equal("Off", info.InitialState);
        Assert.Equal(["Off", "On"], info.States.Select(s => s.Name));
        Assert.Equal(["Look"], info.States[0].IgnoredTriggers);
        Assert.Equal(["light up"], info.States[1].EntryActions);
        Assert.Equal(["powered"], info.Transitions.First().GuardDescriptions);
    }

    [Fact]
    public void Ignore_TriggerWithTransition_Throws()
    {
        var machine = Machine();
        Assert.Throws<InvalidOperationException>(() => machine.Configure(Light.Off).Ignore(Switch.Kick));
    }
}
