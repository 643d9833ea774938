using System.CommandLine;
using System.CommandLine.Help;

namespace SriovVerification.Cli;

/// <summary>Parses and invokes the root command: parse errors print usage and exit 2; failures never show a stack trace.</summary>
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
        catch (Exception exception)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.UsageError;
        }
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
