// Properties.Tests/Exploration: StateEncoderProperties
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class StateEncoderProperties
{
    [Theory]
    [InlineData(nameof(ExplorerTests.TwoVmsTwoVfs))]
    [InlineData(nameof(ExplorerTests.TwoHostsTwoVmsOneVf))]
    public void Decode_OfEncodeOfEveryReachableState_IsThatState(string name)
    {
        // Claim: the encoding is exact on the reachable set: decode(encode(s)) == s for every successor state.
        var config = SymmetryReductionProperties.ConfigNamed(name);
        var encoder = Explorer.EncoderFor(config);
        var result = Explorer.Explore(config, new ExplorationOptions
        {
            Profile = ExplorationProfile.Full,
            Symmetry = false,
            StatesMax = 5_000,
            StepHook = (_, command, transition) =>
            {
                var key = new ulong[encoder.KeyWords];
                if (!encoder.TryEncode(transition.State, key, out var field))
                {
                    return $"after {command}: bound exceeded {field}";
                }

                return encoder.Decode(key) == transition.State ? null : $"after {command}: decode differs for {transition.State}";
            },
        });

        Assert.NotEqual(ExplorationVerdict.HookFailed, result.Verdict);
        Assert.NotEqual(ExplorationVerdict.BoundExceeded, result.Verdict);
    }
}
