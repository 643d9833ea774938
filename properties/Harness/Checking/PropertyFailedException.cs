namespace SriovVerification.Harness.Checking;

/// <summary>A property was falsified. The message starts with the seed and the command line that replays it.</summary>
public sealed class PropertyFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PropertyFailedException(string message, ulong seed, Exception? inner = null)
        : base(message, inner) => Seed = seed;

    /// <summary>Creates the exception without a seed.</summary>
    public PropertyFailedException()
    {
    }

    /// <summary>Creates the exception without a seed.</summary>
    public PropertyFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a seed.</summary>
    public PropertyFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The seed that reproduces the failure.</summary>
    public ulong Seed { get; }
}
