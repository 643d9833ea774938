// Snapshots room: an append-only list of immutable entries, kept in chunks of ChunkLength.
namespace SriovVerification.Implementation.Snapshots;

/// <summary>
/// An append-only list of immutable entries, kept in chunks of <see cref="ChunkLength"/>. A filled chunk is never written
/// again, so a snapshot copy (<see cref="SnapshotCopy"/>) shares the filled chunks and copies only the last, partly
/// filled one: copying a long log costs its chunk directory, not its length. Not thread-safe (as <see cref="List{T}"/>).
/// </summary>
/// <typeparam name="T">The entry type; immutable (checked by <see cref="ObjectGraphCopy"/> when it meets the log).</typeparam>
internal sealed class AppendOnlyLog<T> : IReadOnlyList<T>, ISnapshotCopy
    where T : class
{
    /// <summary>Entries a chunk holds.</summary>
    public const int ChunkLength = 64;

    private const int Shift = 6;
    private T[]?[] chunks;
    private int count;

    /// <summary>An empty log.</summary>
    public AppendOnlyLog() => chunks = new T[]?[4];

    private AppendOnlyLog(T[]?[] chunks, int count)
    {
        this.chunks = chunks;
        this.count = count;
    }

    /// <inheritdoc/>
    public int Count => count;

    /// <inheritdoc/>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            return chunks[index >> Shift]![index & (ChunkLength - 1)];
        }
    }

    /// <summary>Appends <paramref name="entry"/>.</summary>
    public void Add(T entry)
    {
        var chunk = count >> Shift;
        if (chunk == chunks.Length)
        {
            Array.Resize(ref chunks, chunks.Length * 2);
        }

        (chunks[chunk] ??= new T[ChunkLength])[count & (ChunkLength - 1)] = entry;
        count++;
    }

    /// <summary>The entries, in order, in a new array.</summary>
    public T[] ToArray()
    {
        var array = new T[count];
        for (var i = 0; i < count; i += ChunkLength)
        {
            Array.Copy(chunks[i >> Shift]!, 0, array, i, Math.Min(ChunkLength, count - i));
        }

        return array;
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return chunks[i >> Shift]![i & (ChunkLength - 1)];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A copy sharing the filled chunks (never written again by either log) and owning a copy of the last one.</summary>
    public object SnapshotCopy()
    {
        var directory = new T[]?[chunks.Length];
        var filled = count >> Shift;
        Array.Copy(chunks, directory, filled);
        var rest = count & (ChunkLength - 1);
        if (rest > 0)
        {
            var last = new T[ChunkLength];
            Array.Copy(chunks[filled]!, last, rest);
            directory[filled] = last;
        }

        return new AppendOnlyLog<T>(directory, count);
    }
}
