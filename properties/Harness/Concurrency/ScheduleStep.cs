// Harness/Concurrency: one step of a schedule
namespace SriovVerification.Harness.Concurrency;

/// <summary>One step of a schedule: at <paramref name="Step"/>, <paramref name="Actor"/> resumed from <paramref name="Point"/>.</summary>
/// <param name="Step">The step number, from 0.</param>
/// <param name="Actor">The actor's name.</param>
/// <param name="Point">Where it had stopped (a yield point, or "start").</param>
public sealed record ScheduleStep(int Step, string Actor, string Point);
