// Harness/Generation: steers an accepted draw of a rarely legal OID kind to a legal request
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>
/// Steers an accepted draw of a rarely legal OID kind to a legal request: when the picked FREE_VF, VPORT_PARAMETERS,
/// DELETE_VPORT, SET_FILTER, management-client CLEAR_FILTER, config-space or config-block access, SET_VF_POWER_STATE or
/// framed OID is refused in the current state, one time in two it is replaced by a candidate of the same kind the model
/// accepts there (when there is one). A random argument rarely names a live object in the state the request needs
/// (an allocated VF without a VPort, a deactivated PF VPort, a VPort without filters, a MAC+VLAN no filter tests), so
/// without it these handlers of the PF miniport are barely exercised; refusals are still drawn on their own.
/// </summary>
public static class LegalSteering
{
    /// <summary><paramref name="picked"/> itself, or a legal candidate of its kind as described above.</summary>
    public static Command Steer(CommandKinds kinds, SplitMix64 random, ModelState state, Command picked)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(picked);
        if (!IsSteered(picked) || random.Below(2) == 0 || SriovModel.Apply(kinds.Config, state, picked).Outcome.IsSuccess)
        {
            return picked;
        }

        return kinds.AcceptedOfKind(random, state, picked) ?? picked;
    }

    /// <summary>Whether <paramref name="command"/>'s kind is one this steering serves.</summary>
    public static bool IsSteered(Command command) => CommandDescriptors.Of(command).Traits.HasFlag(CommandTraits.SteeredToLegal);
}
