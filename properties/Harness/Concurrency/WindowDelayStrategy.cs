// The window sweep's scheduling: random among the runnable actors, except that control-path actors are held at a yield and at a window.
using System.Globalization;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Concurrency;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Delay bounding aimed at the adapter's windows. It runs a seeded random runnable actor at every step, and holds back
/// the control-path actor (host or guest) that makes the run's <c>target</c>-th control-path yield, counting from 0 and
/// counting a wait re-checked as a yield. If another control-path actor reaches a window while the first is held, that
/// one is held instead and the first released. A window is a non-waiting yield point inside a composite operation,
/// <see cref="WindowPoints"/>. A hold ends when the other control-path actors have made progress and all wait again,
/// after <see cref="DelayProtocolStepsMax"/> of their steps, or when nothing else can run. Two such delays are what a
/// race between two control-path operations needs: one operation is kept from starting until the other stands in a
/// window, then the second is kept in its window while the first runs (a revoke landing inside a guest-driven
/// data-path switch). A sweep over every target of a run reaches each such race in that run's schedule with certainty,
/// rather than with the small chance a random schedule gives it.
/// </summary>
public sealed class WindowDelayStrategy : SchedulingStrategy
{
    /// <summary>Steps of the other control-path actors (progress or a wait re-checked) after which the held actor may run again.</summary>
    public const int DelayProtocolStepsMax = 24;

    /// <summary>The yield points that are windows inside a composite operation (lock waits and drains are not).</summary>
    public static IReadOnlySet<string> WindowPoints { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        YieldPoints.AttachAfterAllocate, YieldPoints.AttachAfterCreateVPort, YieldPoints.AttachAfterMoveFilter,
        YieldPoints.DetachAfterMoveFilter, YieldPoints.DetachAfterClearFilters, YieldPoints.DetachAfterDeleteVPort,
        YieldPoints.DetachAfterResetVf, YieldPoints.SwitchAfterFilterMove, YieldPoints.MoveFilterHalfDone,
        YieldPoints.ReceiveAfterLookup, YieldPoints.SendAfterStamp,
    };

    private readonly ulong seed;
    private readonly int target;
    private DeterministicRandom random;
    private bool[] protocol = [];
    private readonly List<string> holds = [];
    private int yields;
    private int held = -1;
    private bool secondHold;
    private int othersStepsWhileHeld;
    private bool othersProgressed;
    private string[] lastPoint = [];
    private bool[] lastBlocked = [];

    /// <summary>Creates the strategy: random from <paramref name="seed"/>, holding at control-path yield <paramref name="target"/>.</summary>
    public WindowDelayStrategy(ulong seed, int target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        this.seed = seed;
        this.target = target;
        random = new DeterministicRandom(seed);
    }

    /// <inheritdoc/>
    public override ulong Seed => seed;

    /// <summary>Yields of control-path actors so far in the run (progress or a wait re-checked).</summary>
    public int Yields => yields;

    /// <inheritdoc/>
    public override string Description => string.Create(CultureInfo.InvariantCulture,
        $"window-delay seed={SeedText.Format(seed)} hold={target} yields={yields} held=[{string.Join(" ", holds)}]");

    /// <inheritdoc/>
    public override void BindProtocol(IReadOnlyList<bool> isProtocol) => protocol = [.. isProtocol];

    /// <inheritdoc/>
    public override void Start(int actorCount)
    {
        random = new DeterministicRandom(seed);
        yields = 0;
        held = -1;
        secondHold = false;
        othersStepsWhileHeld = 0;
        holds.Clear();
        if (protocol.Length != actorCount)
        {
            protocol = new bool[actorCount];
        }

        lastPoint = [.. Enumerable.Repeat("start", actorCount)];
        lastBlocked = new bool[actorCount];
    }

    /// <inheritdoc/>
    public override void Yielded(int actor, string point, bool blocked, int step)
    {
        if (!protocol[actor])
        {
            return;
        }

        var window = !blocked && WindowPoints.Contains(point);
        var progressed = !blocked || point != lastPoint[actor];
        lastPoint[actor] = point;
        lastBlocked[actor] = blocked;
        if (held >= 0 && actor != held)
        {
            othersStepsWhileHeld++;
            othersProgressed |= progressed;
            if (!secondHold && window)
            {
                // Another control-path actor reached a window while the first was held: hold it there instead.
                Hold(actor, point, step, second: true);
            }
            else if (othersStepsWhileHeld >= DelayProtocolStepsMax || (othersProgressed && OthersWaiting()))
            {
                held = -1;
            }
        }

        if (yields == target)
        {
            Hold(actor, point, step, second: false);
        }

        yields++;
    }

    /// <summary>Whether every control-path actor but the held one last yielded waiting.</summary>
    private bool OthersWaiting()
    {
        for (var i = 0; i < protocol.Length; i++)
        {
            if (i != held && protocol[i] && !lastBlocked[i])
            {
                return false;
            }
        }

        return true;
    }

    private void Hold(int actor, string point, int step, bool second)
    {
        held = actor;
        secondHold = second;
        othersStepsWhileHeld = 0;
        othersProgressed = false;
        holds.Add(string.Create(CultureInfo.InvariantCulture, $"{point}@{step}"));
    }

    /// <inheritdoc/>
    public override int Choose(IReadOnlyList<int> candidates, int step)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (held >= 0 && candidates.Contains(held))
        {
            if (candidates.Count == 1)
            {
                // Nobody else can run: the hold is over.
                held = -1;
            }
            else
            {
                var others = candidates.Where(c => c != held).ToList();
                return others[random.Next(others.Count)];
            }
        }

        return candidates[random.Next(candidates.Count)];
    }
}
