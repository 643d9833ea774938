// Switches and counters of the model's self-check of its cached tables against Stateless.
namespace SriovVerification.Model.Kernel;

/// <summary>
/// Switches and counters of the model's self-check on its Stateless machines. Off by default (the model then
/// fires Stateless only for phase-changing transitions and evaluates the rest from the cached table); tests switch
/// <see cref="EveryFireThroughStateless"/> on to compare the table with Stateless on every fire, and read the counts.
/// </summary>
public static class MachineSelfCheck
{
    private static long arrivalsChecked;
    private static long statelessFires;
    private static volatile bool everyFireThroughStateless;

    /// <summary>
    /// When set, every fire (refused, ignored, self-transition or not) also goes through the thread's Stateless machine,
    /// and a difference from the cached table throws <see cref="InvalidOperationException"/>; also counts the checks.
    /// </summary>
    public static bool EveryFireThroughStateless
    {
        get => everyFireThroughStateless;
        set => everyFireThroughStateless = value;
    }

    /// <summary>How many fires were followed by a destination check that held (counted while <see cref="EveryFireThroughStateless"/> is set).</summary>
    public static long ArrivalsChecked => Interlocked.Read(ref arrivalsChecked);

    /// <summary>How many fires went through Stateless and agreed with the table (counted while <see cref="EveryFireThroughStateless"/> is set).</summary>
    public static long StatelessFires => Interlocked.Read(ref statelessFires);

    /// <summary>Sets both counts back to zero.</summary>
    public static void ResetCounts()
    {
        Interlocked.Exchange(ref arrivalsChecked, 0);
        Interlocked.Exchange(ref statelessFires, 0);
    }

    internal static void CountArrival()
    {
        if (everyFireThroughStateless)
        {
            Interlocked.Increment(ref arrivalsChecked);
        }
    }

    internal static void CountStatelessFire()
    {
        if (everyFireThroughStateless)
        {
            Interlocked.Increment(ref statelessFires);
        }
    }
}
