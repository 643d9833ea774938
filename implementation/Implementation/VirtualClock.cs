// Datacenter: virtual time in ticks.
namespace SriovVerification.Implementation;

/// <summary>Virtual time in ticks; it advances only when told to.</summary>
public sealed class VirtualClock
{
    /// <summary>The current time in ticks.</summary>
    public long NowTicks { get; private set; }

    /// <summary>Moves time forward to <paramref name="ticks"/> (never backwards).</summary>
    public void AdvanceTo(long ticks)
    {
        if (ticks > NowTicks)
        {
            NowTicks = ticks;
        }
    }
}
