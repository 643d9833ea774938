// Exploration/Storage: the breadth-first order of a disk-backed visited set
using System.IO.MemoryMappedFiles;
using SriovVerification.Exploration.Packed;

namespace SriovVerification.Exploration.Storage;

/// <summary>
/// The breadth-first order of a disk-backed visited set: per state its key, parent and command (24 bytes), in segment
/// files of <see cref="SegmentStates"/> states mapped into memory. The kernel writes dirty pages back and evicts cold
/// ones, so the order costs page cache, not process memory; the frontier is read sequentially, parent links (for
/// counterexamples and the states per depth) at random. Appends come from one thread; reads from any, between appends.
/// </summary>
internal sealed unsafe class OrderedStateLog : IDisposable
{
    /// <summary>Bytes per state.</summary>
    public const int RecordBytes = 24;

    private const int SegmentShift = 20;
    private const int SegmentStates = 1 << SegmentShift;
    private const int SegmentMask = SegmentStates - 1;
    private const long SegmentBytes = (long)SegmentStates * RecordBytes;

    private readonly string directory;
    private readonly List<Segment> segments = [];
    private byte*[] pointers = new byte*[16];
    private int count;

    public OrderedStateLog(string directory)
    {
        this.directory = directory;
        Directory.CreateDirectory(directory);
    }

    public int Count => count;

    /// <summary>Bytes of the segment files.</summary>
    public long DiskBytes => segments.Count * SegmentBytes;

    /// <summary>Bytes the next append would add to the files (a whole segment when it opens one, else 0).</summary>
    public long GrowthBytes => (count & SegmentMask) == 0 ? SegmentBytes : 0;

    public void Append(PackedKey key, int parent, int command)
    {
        if ((count & SegmentMask) == 0)
        {
            AddSegment();
        }

        var record = Record(count);
        *(ulong*)record = key.Lo;
        *(ulong*)(record + 8) = key.Hi;
        *(int*)(record + 16) = parent;
        *(ushort*)(record + 20) = (ushort)command;
        count++;
    }

    public PackedKey KeyAt(int index)
    {
        var record = Record(index);
        return new PackedKey(*(ulong*)record, *(ulong*)(record + 8));
    }

    public int ParentOf(int index) => *(int*)(Record(index) + 16);

    public int CommandOf(int index) => *(ushort*)(Record(index) + 20);

    public void Dispose()
    {
        foreach (var segment in segments)
        {
            segment.Dispose();
        }

        segments.Clear();
        pointers = [];
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the operator: the run's result does not depend on it.
        }
    }

    private byte* Record(int index) => pointers[index >> SegmentShift] + ((long)(index & SegmentMask) * RecordBytes);

    private void AddSegment()
    {
        var path = Path.Combine(directory, $"order-{segments.Count:D5}.bin");
        var segment = new Segment(path);
        segments.Add(segment);
        if (segments.Count > pointers.Length)
        {
            var grown = new byte*[pointers.Length * 2];
            Array.Copy(pointers, grown, pointers.Length);
            pointers = grown;
        }

        pointers[segments.Count - 1] = segment.Pointer;
    }

    /// <summary>One segment file, mapped read-write for the life of the log.</summary>
    private sealed class Segment : IDisposable
    {
        private readonly MemoryMappedFile file;
        private readonly MemoryMappedViewAccessor view;

        public Segment(string path)
        {
            file = MemoryMappedFile.CreateFromFile(path, FileMode.Create, null, SegmentBytes, MemoryMappedFileAccess.ReadWrite);
            view = file.CreateViewAccessor(0, SegmentBytes, MemoryMappedFileAccess.ReadWrite);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            Pointer = pointer + view.PointerOffset;
        }

        public byte* Pointer { get; }

        public void Dispose()
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            file.Dispose();
        }
    }
}
