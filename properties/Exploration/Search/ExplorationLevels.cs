// Exploration/Search: states per depth level of a breadth-first search, read from the stored parents
namespace SriovVerification.Exploration.Search;

/// <summary>States per depth level of a breadth-first search, read from the stored parents.</summary>
internal static class ExplorationLevels
{
    /// <summary>
    /// The number of stored states first reached at each depth, from 0. The table is in breadth-first order (state 0 the
    /// root, every state after its parent, each level after the one before), so level k + 1 is the run of states that
    /// follows level k and whose parents lie in it: one pass, memory for the levels only.
    /// </summary>
    public static IReadOnlyList<long> Of(int count, Func<int, int> parentOf)
    {
        var levels = new List<long>();
        if (count == 0)
        {
            return levels;
        }

        levels.Add(1);
        var levelEnd = 1;
        var next = 1;
        while (next < count)
        {
            var nextEnd = next;
            while (nextEnd < count && parentOf(nextEnd) < levelEnd)
            {
                nextEnd++;
            }

            if (nextEnd == next)
            {
                throw new InvalidOperationException($"state {next} is stored before its parent {parentOf(next)}'s level ended: not breadth-first order");
            }

            levels.Add(nextEnd - next);
            levelEnd = nextEnd;
            next = nextEnd;
        }

        return levels;
    }
}
