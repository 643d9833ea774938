// Harness/Reliability: one step of a fault scenario
using SriovVerification.Implementation;

namespace SriovVerification.Harness.Reliability;

/// <summary>One step of a fault scenario.</summary>
/// <param name="Name">The step as a trace would name it.</param>
/// <param name="Vm">The VM it concerns.</param>
/// <param name="IsGuest">Whether it is a guest event (a silent guest never issues it).</param>
/// <param name="Run">Issues it on a datacenter.</param>
public sealed record FaultStep(string Name, int Vm, bool IsGuest, Func<Datacenter, AdapterReply> Run);
