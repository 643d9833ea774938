// OID_NIC_SWITCH_VPORT_PARAMETERS with its change flags.
namespace SriovVerification.Model;

/// <summary>OID_NIC_SWITCH_VPORT_PARAMETERS with its change flags (<c>docs/MODEL.md</c>, "VPort parameters").</summary>
public static partial class SriovModel
{
    private static Transition SetVPortParameters(ModelConfig config, ModelState state, Command.SetVPortParameters c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var index = host.Switches.Length == 0 ? -1 : VPortIndex(host, c.VPortId);
        if (index < 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "no switch, or no such VPort");
        }

        if ((c.Changed & ~Command.SetVPortParameters.KnownChanges) != 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "a change flag the header does not define");
        }

        if (Has(c, Command.SetVPortParameters.InterruptModerationChanged) && !Command.SetVPortParameters.Moderations.Contains(c.InterruptModeration))
        {
            return Refuse(state, NdisStatus.InvalidParameter, "InterruptModeration not an NdisNicSwitchVPortInterruptModeration value");
        }

        var vport = host.VPorts[index];
        if (Has(c, Command.SetVPortParameters.StateChanged) && !(vport.VPortId != 0 && vport.IsOnPf && !vport.Activated))
        {
            return Refuse(state, NdisStatus.InvalidParameter, "only a Deactivated nondefault PF VPort may be set, and only to Activated");
        }

        // Only the flagged fields change; an unflagged field is ignored whatever the buffer holds.
        var next = vport with
        {
            Activated = vport.Activated || Has(c, Command.SetVPortParameters.StateChanged),
            NameIndex = Has(c, Command.SetVPortParameters.NameChanged) ? c.NameIndex : vport.NameIndex,
            InterruptModeration = Has(c, Command.SetVPortParameters.InterruptModerationChanged) ? c.InterruptModeration : vport.InterruptModeration,
            AffinityMask = Has(c, Command.SetVPortParameters.ProcessorAffinityChanged) ? c.AffinityMask : vport.AffinityMask,
            LookaheadSplit = Has(c, Command.SetVPortParameters.FlagsChanged) ? c.LookaheadSplit : vport.LookaheadSplit,
            LookaheadSize = Has(c, Command.SetVPortParameters.FlagsChanged) ? c.LookaheadSize : vport.LookaheadSize,
        };
        return Accept(next == vport ? state : WithHost(state, c.Host, host with { VPorts = host.VPorts.SetItem(index, next) }));
    }

    private static bool Has(Command.SetVPortParameters c, int flag) => (c.Changed & flag) != 0;
}
