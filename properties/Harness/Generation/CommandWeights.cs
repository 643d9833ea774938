// Harness/Generation: how often each command kind is chosen
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>
/// How often each command kind is chosen. A kind is chosen first, then one of its candidates uniformly, so the huge
/// argument domains (MOVE_FILTER, SET_FILTER, config space, frames) count once each; host-stack and guest lifecycle
/// commands weigh most, so that runs reach VFs attached, traffic on the VF path, failover, reassignment and migration.
/// </summary>
public static class CommandWeights
{
    /// <summary>The weight of a command's kind (≥ 1): its <see cref="CommandDescriptor.Weight"/>.</summary>
    public static int Of(Command command) => CommandDescriptors.Of(command).Weight;

    /// <summary>Eighths of a weight a kind counts with: <see cref="Of"/> · 8, finer for the kinds that are accepted almost always.</summary>
    /// <remarks>
    /// PF halt and reset are accepted in nearly every state and end or rebuild everything on their host, so at a whole
    /// weight they would dominate the accepted draws; the capability reads are accepted in every state
    /// (<see cref="CommandDescriptor.WeightEighths"/>).
    /// </remarks>
    public static int EighthsOf(Command command) => CommandDescriptors.Of(command).WeightEighths;
}
