// Exploration/Symmetry: a renaming of VMs (with their MAC indexes), of each host's VFIds, nondefault VPortIds and FilterIds
namespace SriovVerification.Exploration.Symmetry;

/// <summary>
/// A renaming of VMs (with their MAC indexes), of each host's VFIds, nondefault VPortIds and FilterIds; an element
/// of the symmetry group. VPort 0 (the default VPort) keeps its id. Buffers are reused: one instance per canonicaliser.
/// </summary>
internal sealed class StatePermutation
{
    public StatePermutation(int vmCount, int hostCount, int vfSlots, int vportSlots = 0, int filterSlots = 0)
    {
        VmNewOfOld = new int[vmCount];
        VmOldOfNew = new int[vmCount];
        VfNewOfOld = new int[hostCount][];
        VfOldOfNew = new int[hostCount][];
        VPortNewOfOld = new int[hostCount][];
        FilterNewOfOld = new int[hostCount][];
        for (var h = 0; h < hostCount; h++)
        {
            VfNewOfOld[h] = new int[vfSlots];
            VfOldOfNew[h] = new int[vfSlots];
            VPortNewOfOld[h] = new int[vportSlots];
            FilterNewOfOld[h] = new int[filterSlots + 1];
        }

        SetIdentity();
    }

    public int[] VmNewOfOld { get; }

    public int[] VmOldOfNew { get; }

    public int[][] VfNewOfOld { get; }

    public int[][] VfOldOfNew { get; }

    /// <summary>Per host, the new VPortId of each old VPortId (index 0 maps to 0).</summary>
    public int[][] VPortNewOfOld { get; }

    /// <summary>Per host, the new FilterId of each old FilterId (ids start at 1; index 0 is unused).</summary>
    public int[][] FilterNewOfOld { get; }

    public void SetIdentity()
    {
        for (var v = 0; v < VmNewOfOld.Length; v++)
        {
            VmNewOfOld[v] = v;
            VmOldOfNew[v] = v;
        }

        for (var h = 0; h < VfNewOfOld.Length; h++)
        {
            SetVfIdentity(h);
            SetNameIdentity(h);
        }
    }

    public void SetVfIdentity(int host)
    {
        for (var f = 0; f < VfNewOfOld[host].Length; f++)
        {
            VfNewOfOld[host][f] = f;
            VfOldOfNew[host][f] = f;
        }
    }

    /// <summary>Identity on <paramref name="host"/>'s VPortIds and FilterIds.</summary>
    public void SetNameIdentity(int host)
    {
        for (var p = 0; p < VPortNewOfOld[host].Length; p++)
        {
            VPortNewOfOld[host][p] = p;
        }

        for (var i = 0; i < FilterNewOfOld[host].Length; i++)
        {
            FilterNewOfOld[host][i] = i;
        }
    }

    public void SetVmOrder(ReadOnlySpan<int> oldOfNew)
    {
        for (var n = 0; n < oldOfNew.Length; n++)
        {
            VmOldOfNew[n] = oldOfNew[n];
            VmNewOfOld[oldOfNew[n]] = n;
        }
    }

    public void SetVfOrder(int host, ReadOnlySpan<int> oldOfNew)
    {
        for (var n = 0; n < oldOfNew.Length; n++)
        {
            VfOldOfNew[host][n] = oldOfNew[n];
            VfNewOfOld[host][oldOfNew[n]] = n;
        }
    }
}
