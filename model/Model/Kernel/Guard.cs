namespace SriovVerification.Model.Kernel;

/// <summary>
/// A guard condition of a transition: a predicate over the external context, the text that describes it
/// (shown in diagrams and in messages when it is unmet), and an optional payload the caller attaches to it
/// (for example the status a refused command answers with when this guard is the first unmet one).
/// </summary>
/// <typeparam name="TContext">The external, immutable context the machine fires over.</typeparam>
/// <param name="Condition">Holds when the transition may be taken.</param>
/// <param name="Description">What the guard requires, in words (e.g. "no removal pending").</param>
/// <param name="UnmetPayload">Caller data reported when this guard is the first unmet one; may be null.</param>
public sealed record Guard<TContext>(Func<TContext, bool> Condition, string Description, object? UnmetPayload = null);
