// Datacenter: thrown when the emulated adapter finds one of its own data structures broken.
namespace SriovVerification.Implementation;

/// <summary>Thrown when the emulated adapter finds one of its own data structures broken.</summary>
public sealed class AdapterInvariantException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="invariantName">The internal invariant that does not hold.</param>
    /// <param name="message">What does not hold, with the values involved.</param>
    public AdapterInvariantException(string invariantName, string message)
        : base($"{invariantName}: {message}")
    {
        InvariantName = invariantName;
    }

    /// <summary>The broken internal invariant.</summary>
    public string InvariantName { get; }
}
