// Harness/Generation: a small seeded PRNG (SplitMix64)
namespace SriovVerification.Harness.Generation;

/// <summary>A small seeded PRNG (SplitMix64): the same seed gives the same stream on every platform.</summary>
public sealed class SplitMix64
{
    private ulong state;

    /// <summary>A stream from <paramref name="seed"/>.</summary>
    public SplitMix64(ulong seed) => state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in 0 … <paramref name="exclusiveMax"/>−1.</summary>
    public int Below(int exclusiveMax) => exclusiveMax <= 1 ? 0 : (int)(Next() % (ulong)exclusiveMax);

    /// <summary>The seed of the <paramref name="index"/>-th sub-stream of <paramref name="seed"/>.</summary>
    public static ulong Derive(ulong seed, long index) => new SplitMix64(seed ^ (0xD1B54A32D192ED03UL * (ulong)(index + 1))).Next();
}
