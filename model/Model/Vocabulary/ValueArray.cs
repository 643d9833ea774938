// An immutable array with value equality, for the model's state records.
using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace SriovVerification.Model;

/// <summary>
/// An immutable array with value equality (element by element), so that records holding it
/// compare by value. <see cref="ImmutableArray{T}"/> alone compares by reference.
/// </summary>
/// <typeparam name="T">Element type; should itself have value equality.</typeparam>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps <paramref name="items"/>.</summary>
    public ValueArray(ImmutableArray<T> items) => this.items = items.IsDefault ? [] : items;

    /// <summary>The empty array.</summary>
    public static ValueArray<T> Empty => new([]);

    /// <summary>The underlying immutable array.</summary>
    public ImmutableArray<T> Items
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => items.IsDefault ? EmptyItems() : items;
    }

    /// <inheritdoc/>
    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => items.IsDefault ? 0 : items.Length;
    }

    /// <summary>Number of elements.</summary>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => items.IsDefault ? 0 : items.Length;
    }

    /// <inheritdoc/>
    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Items[index];
    }

    /// <summary>A copy with element <paramref name="index"/> replaced.</summary>
    public ValueArray<T> SetItem(int index, T value) => new(Items.SetItem(index, value));

    /// <summary>A copy with <paramref name="value"/> appended.</summary>
    public ValueArray<T> Add(T value) => new(Items.Add(value));

    /// <summary>A copy without element <paramref name="index"/>.</summary>
    public ValueArray<T> RemoveAt(int index) => new(Items.RemoveAt(index));

    /// <summary>A copy with <paramref name="value"/> inserted at <paramref name="index"/>.</summary>
    public ValueArray<T> Insert(int index, T value) => new(Items.Insert(index, value));

    /// <inheritdoc/>
    public bool Equals(ValueArray<T> other)
    {
        var a = Items;
        var b = other.Items;
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Enumerates the elements.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>Implicit conversion from an immutable array.</summary>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ImmutableArray<T> EmptyItems() => [];
}

/// <summary>Factory for <see cref="ValueArray{T}"/> (collection expressions).</summary>
public static class ValueArray
{
    /// <summary>Creates a value array from a span.</summary>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates a value array from a sequence.</summary>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new([.. items]);
}
