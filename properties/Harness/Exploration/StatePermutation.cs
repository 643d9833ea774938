namespace SriovVerification.Harness.Exploration;

/// <summary>
/// A renaming of VMs (with their MAC indexes) and of each host's VFIds; an element of the symmetry group.
/// Buffers are reused: one instance per canonicaliser.
/// </summary>
internal sealed class StatePermutation
{
    public StatePermutation(int vmCount, int hostCount, int vfSlots)
    {
        VmNewOfOld = new int[vmCount];
        VmOldOfNew = new int[vmCount];
        VfNewOfOld = new int[hostCount][];
        VfOldOfNew = new int[hostCount][];
        for (var h = 0; h < hostCount; h++)
        {
            VfNewOfOld[h] = new int[vfSlots];
            VfOldOfNew[h] = new int[vfSlots];
        }

        SetIdentity();
    }

    public int[] VmNewOfOld { get; }

    public int[] VmOldOfNew { get; }

    public int[][] VfNewOfOld { get; }

    public int[][] VfOldOfNew { get; }

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
