// Harness/Golden: a golden file differs from the text produced
namespace SriovVerification.Harness.Golden;

/// <summary>A golden file differs from the text produced. The message names the files, says how to accept, and shows the diff.</summary>
public sealed class GoldenFileMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoldenFileMismatchException(string message, string verifiedPath, string receivedPath, string diff)
        : base(message)
    {
        VerifiedPath = verifiedPath;
        ReceivedPath = receivedPath;
        Diff = diff;
    }

    /// <summary>Creates the exception.</summary>
    public GoldenFileMismatchException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public GoldenFileMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GoldenFileMismatchException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The <c>.verified.txt</c> compared against.</summary>
    public string VerifiedPath { get; } = "";

    /// <summary>The <c>.received.txt</c> written with the text produced.</summary>
    public string ReceivedPath { get; } = "";

    /// <summary>The unified diff, verified → received.</summary>
    public string Diff { get; } = "";
}
