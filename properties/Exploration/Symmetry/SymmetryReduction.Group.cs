// Exploration/Symmetry: enumerating the group

namespace SriovVerification.Exploration.Symmetry;

/// <summary>Enumerating the group: images and orbit sizes (for tests and reports), and tie arrangements.</summary>
public sealed partial class SymmetryReduction
{
    /// <summary>
    /// Every image of <paramref name="state"/> under the group, as keys (duplicates included); at most
    /// <paramref name="imagesMax"/> of them (<see cref="InvalidOperationException"/> beyond). For tests and orbit sizes.
    /// </summary>
    public IReadOnlyList<ulong[]> Images(ModelState state, int imagesMax = 100_000) => Images(state, imagesMax, renameIds: true);

    /// <summary>
    /// The number of distinct states in <paramref name="state"/>'s orbit under renaming VMs and VFs, counting states
    /// that differ only in their nondefault VPortIds and FilterIds once (<see cref="NameCanonicalKey"/>). The reachable
    /// set is closed under VM and VF renaming but holds only some namings of VPorts and filters (smallest-free ids).
    /// </summary>
    public int OrbitSizeModuloIds(ModelState state, int imagesMax = 100_000)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Images(state, imagesMax, renameIds: false))
        {
            distinct.Add(string.Join(",", NameCanonicalKey(encoder.Decode(key))));
        }

        return distinct.Count;
    }

    private List<ulong[]> Images(ModelState state, int imagesMax, bool renameIds)
    {
        var images = new List<ulong[]>();
        var vmPerms = VmPermutations().ToList();
        var vfCounts = state.Hosts.Select(h => h.Vfs.Length).ToArray();
        var namePerms = renameIds ? NamePermutations(0).ToList() : [IdentityNames()];
        foreach (var vmPerm in vmPerms)
        {
            foreach (var vfPerms in VfPermutations(vfCounts, 0))
            {
                foreach (var names in namePerms)
                {
                    var g = new StatePermutation(vmCount, hostCount, vfSlots, vportSlots, filterSlots);
                    g.SetVmOrder(vmPerm);
                    for (var h = 0; h < hostCount; h++)
                    {
                        g.SetVfOrder(h, vfPerms[h]);
                        names[h].VPortNewOfOld.CopyTo(g.VPortNewOfOld[h], 0);
                        names[h].FilterNewOfOld.CopyTo(g.FilterNewOfOld[h], 0);
                    }

                    var key = new ulong[encoder.KeyWords];
                    if (!encoder.TryEncode(state, g, key, out var field))
                    {
                        throw new InvalidOperationException($"bound exceeded: {field}");
                    }

                    images.Add(key);
                    if (images.Count > imagesMax)
                    {
                        throw new InvalidOperationException($"more than {imagesMax} group elements");
                    }
                }
            }
        }

        return images;
    }

    /// <summary>The number of distinct states in <paramref name="state"/>'s orbit.</summary>
    public int OrbitSize(ModelState state, int imagesMax = 100_000)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Images(state, imagesMax))
        {
            distinct.Add(string.Join(",", key));
        }

        return distinct.Count;
    }

    private static double Factorial(int n)
    {
        var f = 1.0;
        for (var i = 2; i <= n; i++)
        {
            f *= i;
        }

        return f;
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    private IEnumerable<int[]> VmPermutations()
    {
        IEnumerable<int[]> result = [Enumerable.Range(0, vmCount).ToArray()];
        foreach (var members in classes)
        {
            var m = members;
            result = result.SelectMany(order => Permutations(m).Select(p =>
            {
                var copy = (int[])order.Clone();
                for (var i = 0; i < m.Length; i++)
                {
                    copy[m[i]] = p[i];
                }

                return copy;
            }));
        }

        return result;
    }

    private IEnumerable<int[][]> VfPermutations(int[] vfCounts, int host)
    {
        if (host == hostCount)
        {
            yield return new int[hostCount][];
            yield break;
        }

        foreach (var p in Permutations(Enumerable.Range(0, vfCounts[host]).ToArray()))
        {
            foreach (var rest in VfPermutations(vfCounts, host + 1))
            {
                rest[host] = p;
                yield return rest.Select(a => a).ToArray();
            }
        }
    }

    private (int[] VPortNewOfOld, int[] FilterNewOfOld)[] IdentityNames() =>
        Enumerable.Range(0, hostCount).Select(_ => (Enumerable.Range(0, vportSlots).ToArray(), Enumerable.Range(0, filterSlots + 1).ToArray())).ToArray();

    /// <summary>Per host, every renaming of the nondefault VPortIds (1 …) and of the FilterIds (1 …).</summary>
    private IEnumerable<(int[] VPortNewOfOld, int[] FilterNewOfOld)[]> NamePermutations(int host)
    {
        if (host == hostCount)
        {
            yield return new (int[], int[])[hostCount];
            yield break;
        }

        var vportIds = Enumerable.Range(1, Math.Max(0, vportSlots - 1)).ToArray();
        var filterIds = Enumerable.Range(1, filterSlots).ToArray();
        foreach (var vportPerm in Permutations(vportIds))
        {
            foreach (var filterPerm in Permutations(filterIds))
            {
                foreach (var rest in NamePermutations(host + 1))
                {
                    var copy = ((int[], int[])[])rest.Clone();
                    copy[host] = ([0, .. vportPerm], [0, .. filterPerm]);
                    yield return copy;
                }
            }
        }
    }

    private IEnumerable<int[]> TieArrangements(int[] order, int tie)
    {
        if (tie == ties.Count)
        {
            yield return order;
            yield break;
        }

        var (classIndex, start, length) = ties[tie];
        var positions = classes[classIndex].AsSpan(start, length).ToArray();
        var values = positions.Select(p => order[p]).ToArray();
        foreach (var p in Permutations(values))
        {
            var copy = (int[])order.Clone();
            for (var i = 0; i < positions.Length; i++)
            {
                copy[positions[i]] = p[i];
            }

            foreach (var result in TieArrangements(copy, tie + 1))
            {
                yield return result;
            }
        }
    }
}
