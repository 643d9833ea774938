namespace SriovVerification.Implementation;

/// <summary>A structure carried in an OID information buffer with a fixed little-endian layout.</summary>
/// <typeparam name="TSelf">The structure type.</typeparam>
public interface INdisStructure<TSelf>
    where TSelf : struct, INdisStructure<TSelf>
{
    /// <summary>Size of the structure in bytes.</summary>
    static abstract int StructureSizeBytes { get; }

    /// <summary>The object header.</summary>
    NdisObjectHeader Header { get; }

    /// <summary>Writes the structure at the start of <paramref name="destination"/>.</summary>
    void WriteTo(Span<byte> destination);

    /// <summary>Reads the structure from the start of <paramref name="source"/>.</summary>
    static abstract TSelf ReadFrom(ReadOnlySpan<byte> source);
}
