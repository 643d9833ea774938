// Traces: reads the trace format (docs/TRACE_FORMAT.md)
using System.Text;

namespace SriovVerification.Traces;

/// <summary>
/// Reads the trace format (docs/TRACE_FORMAT.md). Total: it never throws, whatever the input; every problem is a
/// <see cref="TraceParseError"/> with file, line, column, what was expected and what was found. Bounded: input length,
/// line length, step count and error count each have a maximum, and exceeding one is reported as an error.
/// </summary>
public static partial class TraceParser
{
    /// <summary>Longest input, in characters.</summary>
    public const int InputLengthMaxChars = 64 * 1024 * 1024;

    /// <summary>Longest line, in characters (line end excluded).</summary>
    public const int LineLengthMaxChars = 4096;

    /// <summary>Most steps in one trace.</summary>
    public const int StepCountMax = 100_000;

    /// <summary>Most errors reported; parsing stops after this many.</summary>
    public const int ErrorCountMax = 100;

    /// <summary>Parses <paramref name="text"/>; <paramref name="fileName"/> only names the source in error messages.</summary>
    public static TraceParseResult Parse(string? text, string fileName = "<trace>")
    {
        var file = string.IsNullOrEmpty(fileName) ? "<trace>" : fileName;
        if (text is null)
        {
            return Failed(new TraceParseError(file, 1, 1, "a trace", "no text"));
        }

        if (text.Length > InputLengthMaxChars)
        {
            return Failed(new TraceParseError(file, 1, 1, $"a trace of at most {InputLengthMaxChars} characters", $"{text.Length} characters"));
        }

        try
        {
            return new Reader(file).Read(text);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Failed(new TraceParseError(file, 1, 1, "a trace the parser can read", "an internal error: " + exception.GetType().Name + ": " + exception.Message));
        }
    }

    /// <summary>Reads and parses a file (UTF-8); a file that cannot be read is reported as an error at 1:1.</summary>
    public static TraceParseResult ParseFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > InputLengthMaxChars * 4L)
            {
                return Failed(new TraceParseError(path, 1, 1, $"a trace of at most {InputLengthMaxChars} characters", $"a file of {info.Length} bytes"));
            }

            return Parse(File.ReadAllText(path, Encoding.UTF8), path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(new TraceParseError(path ?? "<trace>", 1, 1, "a readable trace file", exception.Message));
        }
    }

    private static TraceParseResult Failed(TraceParseError error) => new(null, [error]);
}
