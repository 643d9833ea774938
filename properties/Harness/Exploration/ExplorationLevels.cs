namespace SriovVerification.Harness.Exploration;

/// <summary>States per depth level of a breadth-first search, read from the stored parents (a parent is stored before its children).</summary>
internal static class ExplorationLevels
{
    /// <summary>The number of stored states first reached at each depth, from 0.</summary>
    public static IReadOnlyList<long> Of(int count, Func<int, int> parentOf)
    {
        var depths = new int[count];
        var levels = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var parent = parentOf(i);
            depths[i] = parent < 0 ? 0 : depths[parent] + 1;
            while (levels.Count <= depths[i])
            {
                levels.Add(0);
            }

            levels[depths[i]]++;
        }

        return levels;
    }
}
