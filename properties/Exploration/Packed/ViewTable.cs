// Exploration/Packed: an open-addressing map from a view key of Words 64-bit words to an entry number (0, 1, 2, … in the order the keys were added)
using System.Runtime.CompilerServices;

namespace SriovVerification.Exploration.Packed;

/// <summary>
/// An open-addressing map from a view key of <see cref="Words"/> 64-bit words to an entry number (0, 1, 2, … in the
/// order the keys were added). The derived engine's memo: one per engine, so one per worker, never shared.
/// </summary>
internal sealed class ViewTable
{
    private ulong[] keys;
    private int[] values;
    private int mask;

    public ViewTable(int words)
    {
        Words = words;
        keys = new ulong[1024 * words];
        values = new int[1024];
        values.AsSpan().Fill(-1);
        mask = 1023;
    }

    /// <summary>Words per key.</summary>
    public int Words { get; }

    /// <summary>Keys added.</summary>
    public int Count { get; private set; }

    /// <summary>The entry of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<ulong> key)
    {
        var slot = (int)Hash(key) & mask;
        while (true)
        {
            var value = values[slot];
            if (value < 0 || Equal(slot, key))
            {
                return value;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds <paramref name="key"/> (not present) as entry <see cref="Count"/>; returns that entry.</summary>
    public int Add(ReadOnlySpan<ulong> key)
    {
        if ((Count + 1) * 2 > values.Length)
        {
            Grow();
        }

        var slot = (int)Hash(key) & mask;
        while (values[slot] >= 0)
        {
            slot = (slot + 1) & mask;
        }

        key.CopyTo(keys.AsSpan(slot * Words, Words));
        values[slot] = Count;
        return Count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Equal(int slot, ReadOnlySpan<ulong> key)
    {
        var at = slot * Words;
        for (var i = 0; i < key.Length; i++)
        {
            if (keys[at + i] != key[i])
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ReadOnlySpan<ulong> key)
    {
        var hash = 0x9E3779B97F4A7C15UL;
        foreach (var word in key)
        {
            hash = (hash ^ word) * 0xBF58476D1CE4E5B9UL;
            hash ^= hash >> 29;
        }

        return hash;
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldValues = values;
        keys = new ulong[oldKeys.Length * 2];
        values = new int[oldValues.Length * 2];
        values.AsSpan().Fill(-1);
        mask = values.Length - 1;
        for (var old = 0; old < oldValues.Length; old++)
        {
            if (oldValues[old] < 0)
            {
                continue;
            }

            var key = oldKeys.AsSpan(old * Words, Words);
            var slot = (int)Hash(key) & mask;
            while (values[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            key.CopyTo(keys.AsSpan(slot * Words, Words));
            values[slot] = oldValues[old];
        }
    }
}
