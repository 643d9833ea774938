// Snapshots room: A byte buffer (a configuration space) that a snapshot copy shares until either side writes.
namespace SriovVerification.Implementation.Snapshots;

/// <summary>
/// A byte buffer (a configuration space) that a snapshot copy shares until either side writes: the copy and the
/// original are both marked shared, and the first write on a shared buffer copies it first. Reads see the bytes as
/// they are; writes go through <see cref="Writable"/>. Copied between operations only, like the rest of the datacenter.
/// </summary>
internal sealed class CopyOnWriteBytes : ISnapshotCopy
{
    private byte[] bytes;
    private bool shared;

    /// <summary>A buffer owning <paramref name="bytes"/>.</summary>
    public CopyOnWriteBytes(byte[] bytes) => this.bytes = bytes;

    /// <summary>The length in bytes.</summary>
    public int Length => bytes.Length;

    /// <summary>The bytes, to read.</summary>
    public ReadOnlySpan<byte> Span => bytes;

    /// <summary>The bytes, to write: copied first while they are shared with a snapshot.</summary>
    public Span<byte> Writable
    {
        get
        {
            if (shared)
            {
                bytes = (byte[])bytes.Clone();
                shared = false;
            }

            return bytes;
        }
    }

    /// <summary>The byte at <paramref name="index"/>.</summary>
    public byte this[long index] => bytes[index];

    /// <inheritdoc/>
    object ISnapshotCopy.SnapshotCopy()
    {
        // A stored snapshot is copied again and again, possibly by several threads: the flag is written once.
        if (!shared)
        {
            shared = true;
        }

        return new CopyOnWriteBytes(bytes) { shared = true };
    }
}
