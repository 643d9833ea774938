// Harness/Concurrency: the scheduling strategies
namespace SriovVerification.Harness.Concurrency;

/// <summary>The scheduling strategies.</summary>
public enum StrategyKind
{
    /// <summary>Uniformly random among the runnable actors at every step.</summary>
    Random,
    /// <summary>Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010): random priorities, d−1 priority change points.</summary>
    Pct,
    /// <summary>Random, with one control-path actor held at one window arrival (<see cref="WindowDelayStrategy"/>): the window sweep.</summary>
    WindowDelay,
}
