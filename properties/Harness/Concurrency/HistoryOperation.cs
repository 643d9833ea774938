// Harness/Concurrency: one operation of a concurrent history
using SriovVerification.Model;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// One operation of a concurrent history: a caller invoked <paramref name="Command"/> at logical time
/// <paramref name="Invoked"/> and got <paramref name="Result"/> at <paramref name="Responded"/>. Times come from one
/// interlocked counter, so <c>a.Responded &lt; b.Invoked</c> means a finished before b started.
/// </summary>
/// <param name="Caller">The calling thread (actor).</param>
/// <param name="Index">Its position in that caller's program.</param>
/// <param name="Command">What was issued.</param>
/// <param name="Result">What the adapter answered, in model terms (through the harness's <see cref="Conformance.AdapterDriver"/>).</param>
/// <param name="Invoked">Logical invocation time.</param>
/// <param name="Responded">Logical response time.</param>
public sealed record HistoryOperation(int Caller, int Index, Command Command, Outcome Result, long Invoked, long Responded);
