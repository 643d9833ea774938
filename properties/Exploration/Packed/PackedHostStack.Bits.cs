// The packed engine: the bit layout of a host-stack state record.
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace SriovVerification.Exploration.Packed;

/// <summary>Bit helpers of the packed keys: field masks, PEXT/PDEP (with a portable fallback) and a small sort.</summary>
internal sealed partial class PackedHostStack
{
    private static void InsertionSort(Span<ulong> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && items[j] > item)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    private static int BitsFor(int maxValue) => maxValue <= 0 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)maxValue);

    private static ulong Field(int shift, int bits) => bits == 0 ? 0 : ((1UL << bits) - 1) << shift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Extract(ulong value, ulong mask)
    {
        if (Bmi2.X64.IsSupported)
        {
            return Bmi2.X64.ParallelBitExtract(value, mask);
        }

        ulong result = 0;
        var bit = 0;
        for (var m = mask; m != 0; m &= m - 1)
        {
            var lowest = m & (~m + 1);
            if ((value & lowest) != 0)
            {
                result |= 1UL << bit;
            }

            bit++;
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Deposit(ulong value, ulong mask)
    {
        if (Bmi2.X64.IsSupported)
        {
            return Bmi2.X64.ParallelBitDeposit(value, mask);
        }

        ulong result = 0;
        var bit = 0;
        for (var m = mask; m != 0; m &= m - 1)
        {
            var lowest = m & (~m + 1);
            if ((value & (1UL << bit)) != 0)
            {
                result |= lowest;
            }

            bit++;
        }

        return result;
    }
}
