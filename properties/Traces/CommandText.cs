// Traces: the operation text of a Command
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SriovVerification.Traces;

/// <summary>
/// The operation text of a <see cref="Command"/>: its NDIS or event name and its arguments as <c>key=value</c>,
/// e.g. <c>OID_NIC_SWITCH_ALLOCATE_VF host=0 vm=2</c>. Printing and parsing are inverse; arguments equal to
/// their default are omitted.
/// </summary>
public static partial class CommandText
{
    /// <summary>The operation text of <paramref name="command"/>.</summary>
    public static string Format(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var spec = SpecOf(command);
        var values = spec.Values(command);
        var builder = new StringBuilder(spec.Name);
        for (var i = 0; i < spec.Arguments.Length; i++)
        {
            var argument = spec.Arguments[i];
            if (argument.Default is not null && argument.Default.Equals(values[i]))
            {
                continue;
            }

            builder.Append(' ').Append(argument.Key).Append('=').Append(argument.Kind.Format(values[i]));
        }

        return builder.ToString();
    }

    /// <summary>The actor column of a trace line: <c>pf</c>, <c>host</c>, <c>vm&lt;n&gt;</c> (the guest of VM n) or <c>wire</c>.</summary>
    public static string FormatActor(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Actor switch
        {
            Actor.Pf => "pf",
            Actor.Host => "host",
            Actor.Wire => "wire",
            _ => "vm" + TextSyntax.Decimal(GuestVm(command)),
        };
    }

    /// <summary>Parses an operation text; on failure <paramref name="error"/> says at which column what was expected.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out Command? command, [NotNullWhen(false)] out string? error)
    {
        var line = text ?? "";
        var cursor = new LineCursor(line);
        command = Parse(cursor, stopAtArrow: false, out var problem);
        error = problem?.ToString();
        return command is not null;
    }

    /// <summary>Reads an operation name and its arguments from <paramref name="cursor"/>, up to <c>-&gt;</c> or the end of the line.</summary>
    internal static Command? Parse(LineCursor cursor, bool stopAtArrow, out TextProblem? problem)
    {
        var line = cursor.Line;
        var nameToken = cursor.Next(out problem);
        if (problem is not null)
        {
            return null;
        }

        if (nameToken is not { } name)
        {
            problem = TextProblem.At(line, line.Length, 0, "an operation name (" + ShortList(OperationNames) + ")");
            return null;
        }

        var spec = Array.Find(Specs, s => string.Equals(s.Name, name.Text, StringComparison.Ordinal));
        if (spec is null)
        {
            problem = TextProblem.AtToken(line, name, "an operation name (" + ShortList(OperationNames) + ")");
            return null;
        }

        var values = new object?[spec.Arguments.Length];
        while (true)
        {
            var saved = cursor.Position;
            var next = cursor.Next(out problem);
            if (problem is not null)
            {
                return null;
            }

            if (next is not { } token || (stopAtArrow && token.Text == "->"))
            {
                if (next is not null)
                {
                    cursor.Rewind(saved);
                }

                return Complete(spec, values, line, next, stopAtArrow, out problem);
            }

            var equals = token.Text.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? token.Text : token.Text[..equals];
            var index = Array.FindIndex(spec.Arguments, a => string.Equals(a.Key, key, StringComparison.Ordinal));
            if (equals < 0 || index < 0)
            {
                var keys = string.Join(", ", spec.Arguments.Select(a => a.Key + "="));
                problem = TextProblem.AtToken(line, token, spec.Arguments.Length == 0 ? "'->' (" + spec.Name + " takes no arguments)" : $"an argument of {spec.Name} ({keys}){(stopAtArrow ? " or '->'" : "")}");
                return null;
            }

            if (values[index] is not null)
            {
                problem = TextProblem.AtToken(line, token, $"each argument once ('{key}=' is repeated)");
                return null;
            }

            var argument = spec.Arguments[index];
            var valueText = token.Text[(equals + 1)..];
            if (!argument.Kind.TryParse(valueText, out var value))
            {
                problem = TextProblem.At(line, token.Start + equals + 1, valueText.Length, $"{argument.Kind.Expected} for '{key}='");
                return null;
            }

            values[index] = value;
        }
    }

    /// <summary>The command once its arguments are read: missing ones take their defaults; a required one missing (or the arrow) is the problem.</summary>
    private static Command? Complete(CommandSpec spec, object?[] values, string line, Token? next, bool stopAtArrow, out TextProblem? problem)
    {
        problem = null;
        var at = next?.Start ?? line.Length;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                if (spec.Arguments[i].Default is null)
                {
                    problem = TextProblem.At(line, at, next?.Text.Length ?? 0, $"the argument '{spec.Arguments[i].Key}=' of {spec.Name}");
                    return null;
                }

                values[i] = spec.Arguments[i].Default;
            }
        }

        if (stopAtArrow && next is null)
        {
            problem = TextProblem.At(line, line.Length, 0, "'->' and a status");
            return null;
        }

        return spec.Create(values!);
    }

    internal static CommandSpec SpecOf(Command command) =>
        Array.Find(Specs, s => s.Matches(command)) ?? throw new ArgumentOutOfRangeException(nameof(command), command, "no operation text for this command");

    internal static string ShortList(IReadOnlyList<string> names) =>
        names.Count <= 3 ? string.Join(", ", names) : string.Join(", ", names.Take(3)) + ", …";

    private static int GuestVm(Command command)
    {
        var spec = SpecOf(command);
        var index = Array.FindIndex(spec.Arguments, a => a.Key == "vm");
        return index < 0 ? 0 : (int)spec.Values(command)[index];
    }
}
