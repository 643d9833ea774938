// Datacenter: A seeded pseudo-random generator (SplitMix64).
namespace SriovVerification.Implementation;

/// <summary>A seeded pseudo-random generator (SplitMix64): the same seed gives the same sequence.</summary>
/// <param name="seed">The seed.</param>
public sealed class DeterministicRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>The seed it was created with.</summary>
    public ulong Seed { get; } = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var z = state += 0x9E37_79B9_7F4A_7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in 0 … <paramref name="exclusiveMax"/>−1.</summary>
    public int Next(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exclusiveMax, 1);
        return (int)(NextUInt64() % (ulong)exclusiveMax);
    }
}
