// The sriov tool's process exit codes.
namespace SriovVerification.Cli;

/// <summary>The process exit codes of the <c>sriov</c> tool.</summary>
public static class ExitCodes
{
    /// <summary>Success: nothing wrong found.</summary>
    public const int Success = 0;

    /// <summary>A violation (invariant, mismatch, unexpected status) was found.</summary>
    public const int ViolationFound = 1;

    /// <summary>Usage or input error: bad verb, bad option, unreadable input, missing tool.</summary>
    public const int UsageError = 2;

    /// <summary>A search stopped at a bound (states, depth, memory) before it closed: no violation found, nothing proven.</summary>
    public const int Bounded = 3;

    /// <summary>A cluster run could not finish (a silo died, a partition lost its states, no gateway answered): nothing proven.</summary>
    public const int Incomplete = 4;
}
