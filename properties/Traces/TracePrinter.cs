// Traces: prints a Trace in the trace format (docs/TRACE_FORMAT.md)
using System.Globalization;
using System.Text;

namespace SriovVerification.Traces;

/// <summary>
/// Prints a <see cref="Trace"/> in the trace format (docs/TRACE_FORMAT.md): LF line ends, invariant culture, a fixed
/// order of header lines, one line per step and indented continuation lines. The same trace always gives the same text,
/// and <see cref="TraceParser"/> reads it back to an equal trace. Free text (title, purpose, changes, messages, diff
/// lines) is put on one line: control characters become spaces, surrounding spaces are dropped.
/// </summary>
public static class TracePrinter
{
    /// <summary>The first line of every trace file, before the version.</summary>
    public const string FormatTag = "sriov-trace";

    /// <summary>Width of the step-number column in digits (wider numbers take more).</summary>
    public const int StepNumberWidthDigits = 4;

    /// <summary>Width of the actor column in characters (<c>vm10</c> fits; longer actors push the operation right).</summary>
    public const int ActorWidthChars = 4;

    /// <summary>Indentation of continuation lines: under the operation column.</summary>
    public static readonly string ContinuationIndent = new(' ', StepNumberWidthDigits + 1 + ActorWidthChars + 1);

    /// <summary>The whole trace file.</summary>
    public static string Print(Trace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var builder = new StringBuilder();
        builder.Append(FormatTag).Append(' ').Append(TextSyntax.Decimal(trace.FormatVersion)).Append('\n');
        AppendText(builder, "title", trace.Title);
        AppendText(builder, "purpose", trace.Purpose);
        foreach (var line in ConfigLines(trace.Config))
        {
            builder.Append(line).Append('\n');
        }

        if (trace.Seed is { } seed)
        {
            builder.Append("seed: ").Append(SeedText.Format(seed)).Append('\n');
        }

        if (trace.Defects.Length > 0)
        {
            builder.Append("defects: ").AppendJoin(' ', trace.Defects.Select(TextSyntax.Word)).Append('\n');
        }

        if (trace.Steps.Length > 0)
        {
            builder.Append('\n');
            foreach (var step in trace.Steps)
            {
                AppendStep(builder, step);
            }
        }

        return builder.ToString();
    }

    /// <summary>One step: its line and its continuation lines, each ending in LF.</summary>
    public static string PrintStep(TraceStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var builder = new StringBuilder();
        AppendStep(builder, step);
        return builder.ToString();
    }

    /// <summary>The step line alone, without continuation lines or line end, e.g.
    /// <c>0007 pf   OID_NIC_SWITCH_ALLOCATE_VF host=0 vm=2 -&gt; SUCCESS vf=0 rid=0x01FC | +vf0(vm2)</c>.</summary>
    public static string FormatStepLine(TraceStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var line = new StringBuilder();
        line.Append(step.Number.ToString("D" + TextSyntax.Decimal(StepNumberWidthDigits), CultureInfo.InvariantCulture));
        line.Append(' ').Append(CommandText.FormatActor(step.Command).PadRight(ActorWidthChars));
        line.Append(' ').Append(CommandText.Format(step.Command));
        line.Append(" -> ").Append(OutcomeText.Format(step.Outcome));
        var changes = TextSyntax.SingleLine(step.Changes);
        if (changes.Length > 0)
        {
            line.Append(" | ").Append(changes);
        }

        return line.ToString();
    }

    /// <summary>The <c>config: Key=Value</c> header lines of <paramref name="config"/>, in declaration order.</summary>
    public static IEnumerable<string> ConfigLines(ModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return ConfigText.Fields.Concat(ConfigText.OptionalFieldsSet(config)).Select(field => "config: " + field.Key + "=" + field.Format(config));
    }

    private static void AppendStep(StringBuilder builder, TraceStep step)
    {
        builder.Append(FormatStepLine(step)).Append('\n');
        if (step.Expected is { } expected)
        {
            builder.Append(ContinuationIndent).Append("expected: ").Append(OutcomeText.Format(expected)).Append('\n');
        }

        foreach (var violation in step.Violations)
        {
            builder.Append(ContinuationIndent).Append("violated: ").Append(TextSyntax.Word(violation.InvariantId));
            var message = TextSyntax.SingleLine(violation.Message);
            if (message.Length > 0)
            {
                builder.Append(' ').Append(message);
            }

            builder.Append('\n');
        }

        foreach (var diffLine in step.StateDiff)
        {
            var text = TextSyntax.SingleLine(diffLine);
            builder.Append(ContinuationIndent).Append("diff:").Append(text.Length > 0 ? " " + text : "").Append('\n');
        }
    }

    private static void AppendText(StringBuilder builder, string key, string text)
    {
        var line = TextSyntax.SingleLine(text);
        if (line.Length > 0)
        {
            builder.Append(key).Append(": ").Append(line).Append('\n');
        }
    }
}
