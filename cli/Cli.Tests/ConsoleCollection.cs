// CLI test support: the collection of tests that redirect the process's console and so run alone.
namespace SriovVerification.Cli.Tests;

/// <summary>Tests that redirect the process's console run alone, never beside others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "console";
}
