// Harness/Generation: per-kind weights of one epoch of coverage-guided generation (indices in CommandKinds.Names order)
namespace SriovVerification.Harness.Generation;

/// <summary>
/// Per-kind weights of one epoch of coverage-guided generation (indices in <see cref="CommandKinds.Names"/> order): the
/// weight of a kind when an accepted command is wanted, and when a refused one is. Swarm testing on top: each sequence
/// keeps a random subset of the kinds (<see cref="SwarmOmitOneIn"/>).
/// </summary>
/// <param name="Accepted">Weight of each kind for an accepted draw (≥ 1).</param>
/// <param name="Refused">Weight of each kind for a refused draw (≥ 1).</param>
/// <param name="Epoch">The epoch these weights belong to (0: no coverage merged yet).</param>
public sealed record GenerationBias(int[] Accepted, int[] Refused, int Epoch)
{
    /// <summary>A swarm sequence leaves out each kind with probability one in this many.</summary>
    public const int SwarmOmitOneIn = 3;

    /// <summary>One sequence in this many is a swarm sequence (the others draw from every kind).</summary>
    public const int SwarmSequenceOneIn = 2;

    /// <summary>The unguided weights of epoch 0: <see cref="CommandWeights"/> for accepted draws, uniform for refused ones.</summary>
    public static GenerationBias Unguided(CommandKinds kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var accepted = new int[kinds.Names.Count];
        var refused = new int[kinds.Names.Count];
        for (var k = 0; k < accepted.Length; k++)
        {
            accepted[k] = kinds.BaseWeight(k) * CoverageGuide.Scale;
            refused[k] = CoverageGuide.Scale;
        }

        return new GenerationBias(accepted, refused, 0);
    }
}
