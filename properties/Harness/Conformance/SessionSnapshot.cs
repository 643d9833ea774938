// Harness/Conformance: a stored ConformanceSession
using System.Collections.Immutable;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <summary>A stored <see cref="ConformanceSession"/>: the adapter's snapshot, the model state, the last reading of the adapter and the steps run.</summary>
/// <param name="Config">The configuration.</param>
/// <param name="Defects">The defects the adapter carries.</param>
/// <param name="Adapter">The adapter's snapshot.</param>
/// <param name="ModelState">The model's state.</param>
/// <param name="AdapterState">The abstraction of the adapter at the snapshot.</param>
/// <param name="StepCount">Steps run before the snapshot.</param>
public sealed record SessionSnapshot(ModelConfig Config, ImmutableArray<string> Defects, I.Snapshots.DatacenterSnapshot Adapter, ModelState ModelState, ModelState AdapterState, int StepCount);
