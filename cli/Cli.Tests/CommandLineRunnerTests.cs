// CLI tests: the runner's exit codes when a verb throws.
using System.CommandLine;

namespace SriovVerification.Cli.Tests;

/// <summary>Exit codes of the CLI's runner when a verb throws: a finding is 1, an unreadable file of the user's is 2.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CommandLineRunnerTests
{
    [Theory]
    [InlineData("key", 1)]
    [InlineData("null", 1)]
    [InlineData("io", 2)]
    public void Run_VerbThrows_FindingOrInputErrorByWhatWasThrown(string kind, int expected)
    {
        var root = new RootCommand("test");
        var verb = new System.CommandLine.Command("boom");
        verb.SetAction((Func<ParseResult, int>)(_ => kind switch
        {
            "key" => throw new KeyNotFoundException("no VPort 0"),
            "null" => throw new InvalidCastException("adapter state"),
            _ => throw new IOException("cannot read x.trace"),
        }));
        root.Subcommands.Add(verb);
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(expected, CommandLineRunner.Run(root, ["boom"]));
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.StartsWith(expected == 1 ? "finding: " : "error: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }
}
