// Tests of the command descriptor table: one row per command kind, and rows that agree with each other.
namespace SriovVerification.Model.Tests;

/// <summary>The descriptor table covers the closed union <see cref="Command"/> once per case, with consistent rows.</summary>
public sealed class CommandDescriptorsTests
{
    private static readonly Type[] Cases =
        [.. typeof(Command).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(Command)) && !t.IsAbstract)];

    [Fact]
    public void All_EveryCommandCase_HasExactlyOneRow()
    {
        Assert.NotEmpty(Cases);
        foreach (var kind in Cases)
        {
            Assert.Single(CommandDescriptors.All, d => d.Kind == kind);
        }

        Assert.Equal(Cases.Length, CommandDescriptors.All.Count);
        Assert.All(CommandDescriptors.All, d => Assert.Contains(d.Kind, Cases));
    }

    [Fact]
    public void All_TraceNames_AreUniqueAndOnePerEnumerationKind()
    {
        var names = CommandDescriptors.All.SelectMany(d => d.TraceNames).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(Enum.GetValues<EnumerationKind>().Length, CommandDescriptors.Of(typeof(Command.Enumerate)).TraceNames.Count);
        foreach (var kind in Enum.GetValues<EnumerationKind>())
        {
            var row = CommandDescriptors.Of(typeof(Command.Enumerate));
            Assert.Equal(row.TraceNames[(int)kind], row.TraceNameOf(new Command.Enumerate(0, kind)));
        }
    }

    [Fact]
    public void All_Profiles_NestAsTheirDefinitionsSay()
    {
        var config = ModelConfig.Default;
        var candidates = SriovModel.CandidateCommands(config, SriovModel.Initial(config)).ToList();
        Assert.All(candidates, c =>
        {
            var profiles = CommandDescriptors.Of(c).ProfilesOf(c);
            Assert.True(!profiles.HasFlag(ProfileSet.HostStack) || profiles.HasFlag(ProfileSet.Lifecycle), $"{c}: host stack outside the lifecycle");
            Assert.True(!profiles.HasFlag(ProfileSet.Lifecycle) || profiles.HasFlag(ProfileSet.Conformance), $"{c}: lifecycle outside conformance");
            Assert.True(!profiles.HasFlag(ProfileSet.Conformance) || profiles.HasFlag(ProfileSet.Kinds), $"{c}: conformance outside kinds");
            Assert.True(!profiles.HasFlag(ProfileSet.Kinds) || profiles.HasFlag(ProfileSet.Full), $"{c}: kinds outside full");
        });
        Assert.All(CommandDescriptors.All, d => Assert.Contains(candidates, c => c.GetType() == d.Kind && d.ProfilesOf(c).HasFlag(ProfileSet.Kinds)));
    }

    [Fact]
    public void All_Accessors_MatchWhatTheRowsClaim()
    {
        Assert.All(CommandDescriptors.All, d =>
        {
            Assert.True(d.Weight >= 1 && d.WeightEighths >= 1, d.Name);
            Assert.True(d.HostOf is not null || d.VmOf is not null, $"{d.Name} concerns neither a host nor a VM");
            Assert.Equal(d.Traits.HasFlag(CommandTraits.VfOperation), d.VfIdOf is not null && d.HostOf is not null);
            Assert.Equal(d.Traits.HasFlag(CommandTraits.PostsInvalidation), d.InvalidationMaskOf is not null);
            Assert.True(d.SelfLoopTrigger is null || d.VfIdOf is not null || d.VmOf is not null, $"{d.Name}: a self-loop on no VF");
            Assert.True(d.SwitchSelfLoopTrigger is null || d.HostOf is not null, $"{d.Name}: a switch self-loop on no host");
            Assert.True(d.VfTrigger is null || d.KernelTriggers.SequenceEqual([d.VfTrigger.Value.ToString()]), $"{d.Name}: its trigger is not its kernel trigger");
        });
    }

    [Fact]
    public void Of_EveryCandidate_GivesItsKindsRowAndActor()
    {
        var config = ModelConfig.Default;
        foreach (var c in SriovModel.CandidateCommands(config, SriovModel.Initial(config)))
        {
            var row = CommandDescriptors.Of(c);
            Assert.Equal(c.GetType(), row.Kind);
            Assert.Equal(row.Actor, c.Actor);
            var gate = row.GateOf(c);
            Assert.True(gate.Kind == CandidateGateKind.Always || gate.Vm == row.VmOf!(c), $"{c}: gated on another VM");
        }
    }
}
