// Concurrency room: the default scheduler.
namespace SriovVerification.Implementation.Concurrency;

/// <summary>The default scheduler: no interleaving inside operations; a blocked caller spins briefly and retries.</summary>
public sealed class NoScheduler : IScheduler
{
    private NoScheduler()
    {
    }

    /// <summary>The one instance.</summary>
    public static NoScheduler Instance { get; } = new();

    /// <inheritdoc/>
    public bool Interleaves => false;

    /// <inheritdoc/>
    public void Yield(string point)
    {
    }

    /// <inheritdoc/>
    public void Blocked(string point) => Thread.Yield();
}
