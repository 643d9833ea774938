// Harness/Reliability: how one injected fault ended
namespace SriovVerification.Harness.Reliability;

/// <summary>How one injected fault ended.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="StepIndex">The step (0-based) before which the fault was injected.</param>
/// <param name="Step">That step's name.</param>
/// <param name="Fault">The fault.</param>
/// <param name="Recovered">Whether the system settled within the bound.</param>
/// <param name="Ticks">Virtual ticks the recovery took (the bound when it did not recover).</param>
/// <param name="Message">On failure: the fault, where, and the pending obligations.</param>
public sealed record RecoveryOutcome(string Scenario, int StepIndex, string Step, Fault Fault, bool Recovered, long Ticks, string Message);
