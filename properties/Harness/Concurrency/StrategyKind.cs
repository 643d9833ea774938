// Harness/Concurrency: the scheduling strategies
namespace SriovVerification.Harness.Concurrency;

/// <summary>The scheduling strategies.</summary>
public enum StrategyKind
{
    /// <summary>Uniformly random among the runnable actors at every step.</summary>
    Random,
    /// <summary>Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010): random priorities, d−1 priority change points.</summary>
    Pct,
    /// <summary>Random, with a control-path actor held at one yield and another at the window it reaches next (<see cref="WindowDelayStrategy"/>): the window sweep.</summary>
    WindowDelay,
}
