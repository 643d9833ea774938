namespace SriovVerification.Harness.Exploration;

/// <summary>
/// "AG EF recovered" over a stored state graph, by backward reachability: a state is good when it is a target or one
/// of its successors is good; passes over the states in reverse breadth-first order (successors one level deeper are
/// settled before their predecessors) repeat until none changes. Memory: one flag per state; the successors of a state
/// are computed again in each pass while it is not good. Recovered (<see cref="Recovery"/>) nests one reachability in
/// another: a state at rest from which a state with every VF free is reachable (so no allocated VF is stuck), so the
/// check runs twice. The first state (in breadth-first order) that stays not good is reported: its path from the
/// initial state is a shortest one.
/// </summary>
internal static class LivenessCheck
{
    /// <summary>
    /// Checks <paramref name="count"/> states; <paramref name="successors"/> writes the stored indices of a state's
    /// successors to the list (cleared by the caller).
    /// </summary>
    public static (int FirstBad, int BadStates, int Passes, int RecoveredStates) Run(int count, Func<int, bool> atRest, Func<int, bool> allVfsFree, Action<int, List<int>> successors)
    {
        var canFree = Reach(count, allVfsFree, successors, out var freePasses);
        var recoveredStates = 0;
        var recovered = new bool[count];
        for (var i = 0; i < count; i++)
        {
            recovered[i] = canFree[i] && atRest(i);
            recoveredStates += recovered[i] ? 1 : 0;
        }

        var good = Reach(count, i => recovered[i], successors, out var passes);
        var firstBad = -1;
        var bad = 0;
        for (var i = 0; i < count; i++)
        {
            if (!good[i])
            {
                bad++;
                firstBad = firstBad < 0 ? i : firstBad;
            }
        }

        return (firstBad, bad, freePasses + passes, recoveredStates);
    }

    /// <summary>The states from which a target state is reachable (EF target).</summary>
    private static bool[] Reach(int count, Func<int, bool> target, Action<int, List<int>> successors, out int passes)
    {
        var good = new bool[count];
        for (var i = 0; i < count; i++)
        {
            good[i] = target(i);
        }

        var next = new List<int>();
        passes = 0;
        var changed = true;
        while (changed)
        {
            // Each pass but the last settles at least one more state, so there are at most count + 1 passes.
            changed = false;
            passes++;
            for (var i = count - 1; i >= 0; i--)
            {
                if (good[i])
                {
                    continue;
                }

                next.Clear();
                successors(i, next);
                foreach (var s in next)
                {
                    if (good[s])
                    {
                        good[i] = true;
                        changed = true;
                        break;
                    }
                }
            }
        }

        return good;
    }
}
