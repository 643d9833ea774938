// The CLI's entry: parses and invokes the root command and maps failures to exit codes.
using System.CommandLine;
using System.CommandLine.Help;

namespace SriovVerification.Cli;

/// <summary>
/// Parses and invokes the root command: parse errors print usage and exit 2, as does a file that cannot be read or
/// written; any other exception out of a run is a finding (exit 1) with the method that threw. Never a stack trace.
/// </summary>
public static class CommandLineRunner
{
    /// <summary>Runs <paramref name="root"/> on <paramref name="args"/> and returns the exit code.</summary>
    public static int Run(RootCommand root, string[] args)
    {
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }

            Console.Error.WriteLine();
            new HelpAction().Invoke(root.Parse(HelpArguments(parseResult)));
            return ExitCodes.UsageError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when ((exception is IOException or UnauthorizedAccessException) && !ThrownByTheAdapter(exception))
        {
            // A file the user named cannot be read or written: their input, not a finding.
            Console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception exception)
        {
            // Anything else thrown out of a run is not the user's mistake: the system under test (or the harness around it)
            // failed, so it is reported as a finding, with where it was thrown, never as a usage error.
            var origin = new System.Diagnostics.StackTrace(exception, false).GetFrame(0)?.GetMethod();
            Console.Error.WriteLine($"finding: {exception.GetType().Name} thrown in {origin?.DeclaringType?.FullName}.{origin?.Name}: {exception.Message}");
            return ExitCodes.ViolationFound;
        }
    }

    /// <summary>
    /// Whether <paramref name="exception"/> (or an exception it wraps) was thrown from inside the emulated adapter: an
    /// <see cref="IOException"/> out of the system under test is its crash, not a file of the user's.
    /// </summary>
    public static bool ThrownByTheAdapter(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var adapter = typeof(Implementation.Datacenter).Assembly;
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (new System.Diagnostics.StackTrace(e, false).GetFrames().Any(f => f.GetMethod()?.DeclaringType?.Assembly == adapter))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] HelpArguments(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null && result.Parent is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        names.Add("--help");
        return [.. names];
    }
}
