// Harness/Conformance/Monitors: what a monitor sees of a step before the adapter runs it
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>A step about to run: the adapter, the configuration, the command and the model state before it.</summary>
/// <param name="Adapter">The system under test.</param>
/// <param name="Config">The configuration.</param>
/// <param name="Command">The command of the step.</param>
/// <param name="ModelBefore">The model's state before the step.</param>
public sealed record StepStart(I.Datacenter Adapter, ModelConfig Config, Command Command, ModelState ModelBefore);
