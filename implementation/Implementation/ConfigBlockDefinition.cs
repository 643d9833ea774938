// Datacenter: an IHV-defined VF configuration block.
namespace SriovVerification.Implementation;

/// <summary>An IHV-defined VF configuration block.</summary>
/// <param name="BlockId">The block id (0 … 63; its bit in an invalidation mask).</param>
/// <param name="SizeBytes">Its length in bytes.</param>
public sealed record ConfigBlockDefinition(int BlockId, int SizeBytes);
