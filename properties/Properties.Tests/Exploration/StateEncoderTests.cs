// Properties.Tests/Exploration: tests of StateEncoder
using SriovVerification.Exploration.Encoding;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class StateEncoderTests
{
    [Fact]
    public void TryEncode_VlanOutsideTheDomain_FailsNamingTheField()
    {
        var config = ExplorerTests.OneVmOneVf;
        var encoder = Explorer.EncoderFor(config);
        var initial = SriovModel.Initial(config);
        var host = initial.Hosts[0] with
        {
            Switches = [new NicSwitchState(0, true, 1)],
            VPorts = [new VPortState(0, Command.CreateVPort.PfFunctionId, true, 1)],
            Filters = [new FilterState(1, 0, 1, 4000, -1)],
        };
        var state = initial with { Hosts = [host] };

        var ok = encoder.TryEncode(state, new ulong[encoder.KeyWords], out var field);

        Assert.False(ok);
        Assert.Contains("Filters", field, StringComparison.Ordinal);
        Assert.Contains("VLAN", field, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_VlanOnlyAndMacVlanFilters_RoundTripWithTheKeyOneBitWiderOnlyWithAVlan()
    {
        var config = ExplorerTests.OneVmOneVf with { VmVlans = [5] };
        var encoder = Explorer.EncoderFor(config);
        var reached = new Command[] { new Command.CreateSwitch(0, 1), new Command.CreateVPort(0, Command.CreateVPort.PfFunctionId, 1), new Command.SetFilter(0, 1, Command.SetFilter.NoMac, 5), new Command.SetFilter(0, 0, 1, 5) }
            .Aggregate(SriovModel.Initial(config), (state, command) => SriovModel.Apply(config, state, command).State);
        Assert.Equal([(Command.SetFilter.NoMac, 5), (1, 5)], reached.Hosts[0].Filters.Select(f => (f.MacIndex, f.Vlan)));
        var key = new ulong[encoder.KeyWords];

        Assert.True(encoder.TryEncode(reached, key, out var field), field);

        Assert.Equal(reached, encoder.Decode(key));
        var untagged = Explorer.EncoderFor(ExplorerTests.OneVmOneVf);
        Assert.Equal(untagged.KeyBits + config.MaxReceiveFilters * (1 + 1), encoder.KeyBits);
    }

    [Fact]
    public void TryEncode_RidOffTheFormula_FailsNamingTheField()
    {
        var config = ExplorerTests.OneVmOneVf;
        var encoder = Explorer.EncoderFor(config);
        var initial = SriovModel.Initial(config);
        var vf = new VfState(0, 0, 0x1234, VfDeviceState.Absent, false, 0, false, false, false, false, [.. config.ConfigBlocks.Select(_ => (byte)0)], 0);
        var host = initial.Hosts[0] with { Switches = [new NicSwitchState(0, true, 1)], NumVfs = 1, VfEnable = true, Vfs = [vf] };

        var ok = encoder.TryEncode(initial with { Hosts = [host] }, new ulong[encoder.KeyWords], out var field);

        Assert.False(ok);
        Assert.Contains("Rid", field, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyWords_DefaultConfiguration_FitsTheLayout()
    {
        var encoder = Explorer.EncoderFor(ModelConfig.Default);

        Assert.Equal((encoder.KeyBits + 63) / 64, encoder.KeyWords);
        Assert.Equal(encoder.KeyBits, encoder.VmSectionBits + (ModelConfig.Default.HostCount * encoder.HostSectionBits));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(8, 4)]
    public void BitsFor_MaxValue_IsTheWidthThatHoldsIt(int maxValue, int expectedBits) =>
        Assert.Equal(expectedBits, StateEncoder.BitsFor(maxValue));
}
