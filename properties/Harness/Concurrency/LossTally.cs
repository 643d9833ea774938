// Harness/Concurrency: frames addressed to VMs and dropped in one run, by reason and by whether the loss was allowed
namespace SriovVerification.Harness.Concurrency;

/// <summary>Frames addressed to VMs and dropped in one run, by reason and by whether the loss was allowed.</summary>
/// <param name="Lost">Frames addressed to a VM and dropped.</param>
/// <param name="LostInWindow">Of those, lost in the host-driven policy's documented window.</param>
/// <param name="LostInSurprise">Of those, in flight at a surprise removal.</param>
/// <param name="LostInMigration">Of those, addressed to a VM paused for live migration.</param>
/// <param name="LostOutsideWindow">Of those, lost where no loss is allowed (each is also a violation).</param>
/// <param name="ByReason">Lost frames per drop reason.</param>
public sealed record LossTally(int Lost, int LostInWindow, int LostInSurprise, int LostInMigration, int LostOutsideWindow, IReadOnlyDictionary<string, int> ByReason);
