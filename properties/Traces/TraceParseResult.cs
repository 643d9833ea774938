// Traces: what TraceParser returns

namespace SriovVerification.Traces;

/// <summary>What <see cref="TraceParser"/> returns: the trace, or the errors found (at most <see cref="TraceParser.ErrorCountMax"/>).</summary>
/// <param name="Trace">The trace; null when there are errors.</param>
/// <param name="Errors">The errors, in line order; empty on success.</param>
public sealed record TraceParseResult(Trace? Trace, ValueArray<TraceParseError> Errors)
{
    /// <summary>Whether the text parsed without errors.</summary>
    public bool IsSuccess => Trace is not null && Errors.Length == 0;

    /// <summary>The errors, one message per line.</summary>
    public string ErrorText => string.Join("\n", Errors.Select(e => e.Message));
}
