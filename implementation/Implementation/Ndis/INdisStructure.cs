// NDIS room: A structure carried in an OID information buffer, laid out as the public NDIS header lays it out for x64 (little endian, natural alignment), with an NdisObjectHeader first.
namespace SriovVerification.Implementation.Ndis;

/// <summary>
/// A structure carried in an OID information buffer, laid out as the public NDIS header lays it out for x64 (little
/// endian, natural alignment), with an <see cref="NdisObjectHeader"/> first.
/// </summary>
/// <typeparam name="TSelf">The structure type.</typeparam>
public interface INdisStructure<TSelf>
    where TSelf : struct, INdisStructure<TSelf>
{
    /// <summary>The structure's name in the header (<c>NDIS_…</c>).</summary>
    static abstract string StructureName { get; }

    /// <summary><c>sizeof</c> of the structure.</summary>
    static abstract int StructureSizeBytes { get; }

    /// <summary>The revision the adapter implements, and writes on output.</summary>
    static abstract byte ImplementedRevision { get; }

    /// <summary><c>NDIS_SIZEOF_…_REVISION_n</c> of <see cref="ImplementedRevision"/>.</summary>
    static abstract int ImplementedRevisionSizeBytes { get; }

    /// <summary>The lowest revision the miniport accepts on input.</summary>
    static abstract byte LowestRevision { get; }

    /// <summary><c>NDIS_SIZEOF_…_REVISION_n</c> of <see cref="LowestRevision"/>: the smallest header size accepted.</summary>
    static abstract int LowestRevisionSizeBytes { get; }

    /// <summary>The object header.</summary>
    NdisObjectHeader Header { get; }

    /// <summary>Writes the structure at the start of <paramref name="destination"/> (at least <see cref="StructureSizeBytes"/> bytes).</summary>
    void WriteTo(Span<byte> destination);

    /// <summary>Reads the structure from the start of <paramref name="source"/> (at least <see cref="StructureSizeBytes"/> bytes).</summary>
    static abstract TSelf ReadFrom(ReadOnlySpan<byte> source);
}
