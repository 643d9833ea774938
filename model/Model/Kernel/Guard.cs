// A named guard of a model machine's transition, with the status its refusal answers.
namespace SriovVerification.Model.Kernel;

// Stays: Stateless guards carry a description only; this record ties each description to the NDIS status a refusal answers with.

/// <summary>
/// A guard condition of a transition: a predicate over the context a trigger carries, the text that describes it
/// (given to Stateless as the guard description, shown in diagrams and in messages when it is unmet), and the
/// <see cref="NdisStatus"/> a refused command answers with when this guard is the first unmet one.
/// </summary>
/// <typeparam name="TContext">The external, immutable context a trigger carries.</typeparam>
/// <param name="Condition">Holds when the transition may be taken.</param>
/// <param name="Description">What the guard requires, in words (e.g. "no removal pending"); unique within a machine.</param>
/// <param name="UnmetStatus">The status of a refusal when this guard is the first unmet one.</param>
public sealed record Guard<TContext>(Func<TContext, bool> Condition, string Description, NdisStatus UnmetStatus);
