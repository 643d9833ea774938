// Snapshot tests: the catalogue's shape and the protocol facts its scenarios show.
using System.Text.RegularExpressions;

namespace SriovVerification.Snapshots.Tests;

/// <summary>The catalogue's shape, and the protocol facts its scenarios are there to show.</summary>
public sealed partial class ScenarioCatalogTests
{
    public static TheoryData<string, string, NdisStatus> Refusals => new()
    {
        { "refusal-free-vf-with-vport", nameof(Command.FreeVf), NdisStatus.FileNotFound },
        { "refusal-delete-vport-with-filters", nameof(Command.DeleteVPort), NdisStatus.InvalidParameter },
        { "refusal-delete-default-vport", nameof(Command.DeleteVPort), NdisStatus.InvalidParameter },
        { "refusal-delete-switch-with-vfs", nameof(Command.DeleteSwitch), NdisStatus.InvalidParameter },
        { "refusal-detach-while-guest-has-vf", nameof(Command.HostDetachVf), NdisStatus.InvalidDeviceRequest },
        { "refusal-migrate-with-vf", nameof(Command.LiveMigrationStart), NdisStatus.InvalidDeviceRequest },
        { "live-migration-sriov-disabled", nameof(Command.HostAttachVf), NdisStatus.NotSupported },
        { "live-migration-no-free-vf", nameof(Command.HostAttachVf), NdisStatus.Resources },
    };

    [Fact]
    public void All_Count_AtLeastFourteen()
    {
        Assert.True(ScenarioCatalog.All.Count >= 14, $"ScenarioCatalog.All has {ScenarioCatalog.All.Count} scenarios, expected at least 14");
    }

    [Fact]
    public void All_Names_UniqueKebabCase()
    {
        Assert.Equal(ScenarioCatalog.Names.Count, ScenarioCatalog.Names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ScenarioCatalog.Names, name => Assert.Matches(KebabCase(), name));
    }

    [Fact]
    public void All_Purpose_OneOrTwoSentences()
    {
        Assert.All(ScenarioCatalog.All, scenario =>
        {
            var sentences = scenario.Purpose.Split(". ", StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(scenario.Purpose.EndsWith('.') && sentences is >= 1 and <= 2, $"scenario '{scenario.Name}': purpose must be one or two sentences: {scenario.Purpose}");
        });
    }

    [Fact]
    public void All_Config_Valid()
    {
        Assert.All(ScenarioCatalog.All, scenario => Assert.Empty(scenario.Config.Validate()));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Run_RefusalScenario_RefusesWithDocumentedStatus(string scenario, string commandKind, NdisStatus status)
    {
        var run = ScenarioRunner.Run(ScenarioCatalog.Get(scenario));

        var refused = run.Steps.FirstOrDefault(s => s.Command.GetType().Name == commandKind && !s.Actual.IsSuccess);
        Assert.True(refused is not null, $"dotnet run --project cli -- traces --scenario {scenario}: no refused {commandKind}");
        Assert.Equal(status, refused.Actual.Status);
        Assert.Equal(refused.ModelAfter, run.Steps[refused.Number - 2].ModelAfter);
    }

    [Fact]
    public void Run_FineGrainedInitialization_SucceedsInDocumentedOrder()
    {
        var run = ScenarioRunner.Run(ScenarioCatalog.Get("vf-initialization-fine-grained"));

        var succeeded = run.Steps.Where(s => s.Actual.IsSuccess).Select(s => s.Command.GetType().Name).ToList();
        string[] documented =
        [
            nameof(Command.AllocateVf), nameof(Command.CreateVPort), nameof(Command.MoveVmFilter), nameof(Command.OfferVf),
            nameof(Command.GuestInitializeVf), nameof(Command.GuestBindNetVsc), nameof(Command.GuestSwitchDataPath),
        ];
        Assert.Equal(documented, succeeded.Where(documented.Contains).ToArray());
    }

    [Fact]
    public void Run_Backchannel_TwoInvalidationsDeliveredOnceCoalesced()
    {
        var run = ScenarioRunner.Run(ScenarioCatalog.Get("config-block-backchannel"));

        var deliveries = run.Steps.Select(s => s.Actual.Data).OfType<OutcomeData.InvalidationDelivered>().ToList();
        Assert.Equal([new OutcomeData.InvalidationDelivered(0x3)], deliveries);
    }

    [Fact]
    public void Run_Reassignment_NewTenantSeesScrubbedVf()
    {
        var run = ScenarioRunner.Run(ScenarioCatalog.Get("vf-reassignment"));

        Assert.Contains(run.Steps, s => s.Command is Command.ReadVfConfigBlock && s.Actual.Data is OutcomeData.ConfigBlockRead { Value: 0 });
        var lastFilters = run.Steps.Last(s => s.Command is Command.Enumerate { Kind: EnumerationKind.Filters });
        var entries = Assert.IsType<OutcomeData.Enumerated>(lastFilters.Actual.Data).Entries;
        Assert.DoesNotContain(entries, e => e.Contains("02-00-00-00-00-EE", StringComparison.Ordinal));
        var foreignFrame = run.Steps.Last(s => s.Command is Command.ReceiveFrame { MacIndex: 4 });
        Assert.Equal(FrameFate.DeliveredToHost, Assert.IsType<OutcomeData.Frame>(foreignFrame.Actual.Data).Fate);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
