// Tests of protocol binds: NetVSC binds only to the VF miniport, and no other protocol does.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model.Tests;

/// <summary>Spec sections 1 and 9.4: NetVSC binds only to the VF miniport, and no other protocol does.</summary>
public sealed class BindingTests
{
    private static readonly ModelConfig C = ModelConfig.Default;

    [Fact]
    public void GuestBindProtocol_NetVscToTheVfMiniport_SameAsGuestBindNetVsc()
    {
        var state = World.Build(C, [.. World.Attached, new GuestInitializeVf(0)]);
        var bound = SriovModel.Apply(C, state, new GuestBindProtocol(0, NetVsc: true, ToVfMiniport: true));
        Assert.Equal(SriovModel.Apply(C, state, new GuestBindNetVsc(0)), bound);
        Assert.Equal(VfDeviceState.Bound, bound.State.Hosts[0].Vfs[0].Device);
    }
}
