// Harness/Conformance: the adapter read back
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance;

/// <summary>
/// The adapter read back: its abstraction into a <see cref="ModelState"/>, and the discrepancies among adapter
/// observables that the model state has no field for (queue pairs in use against Σ of the VPorts' queue pairs, a freed
/// VF slot's MAC and VLAN, a VF's read-only config-space bytes, a config block that is not one fill byte, …), each
/// written as a state-diff line (<c>host0.QueuePairsInUse: expected 1, actual 2</c>).
/// </summary>
/// <param name="State">The abstraction.</param>
/// <param name="Discrepancies">Adapter observables that contradict the abstraction; empty when consistent.</param>
public sealed record AdapterReading(ModelState State, ValueArray<string> Discrepancies);
