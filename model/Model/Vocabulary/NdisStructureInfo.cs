// What the NDIS header rules need of one OID's input structure.
namespace SriovVerification.Model;

/// <summary>
/// What the NDIS header rules need of one OID's input structure (the public header's <c>sizeof</c>, revisions and
/// <c>NDIS_SIZEOF_…_REVISION_n</c>; the harness holds these equal to the emulated adapter's, which holds them to the header).
/// </summary>
/// <param name="Name">The structure's name in the header.</param>
/// <param name="SizeBytes"><c>sizeof</c> the structure.</param>
/// <param name="ImplementedRevision">The revision the PF miniport implements.</param>
/// <param name="ImplementedRevisionSizeBytes"><c>NDIS_SIZEOF_…</c> of that revision: the <c>BytesNeeded</c> of a short buffer.</param>
/// <param name="LowestRevision">The lowest revision accepted.</param>
/// <param name="LowestRevisionSizeBytes"><c>NDIS_SIZEOF_…</c> of the lowest revision: the smallest <c>Header.Size</c> accepted.</param>
/// <param name="Method">Whether the OID is a method request (its buffer must also hold the output, the revision implemented).</param>
public sealed record NdisStructureInfo(
    string Name, int SizeBytes, int ImplementedRevision, int ImplementedRevisionSizeBytes, int LowestRevision, int LowestRevisionSizeBytes, bool Method)
{
    /// <summary><c>NDIS_OBJECT_TYPE_DEFAULT</c>, the header type of every structure here.</summary>
    public const int ObjectTypeDefault = 0x80;

    /// <summary>The shortest information buffer accepted: the revision implemented for a method request, the lowest revision otherwise.</summary>
    public int LeastBufferBytes => Method ? ImplementedRevisionSizeBytes : LowestRevisionSizeBytes;
}
