// Tests that docs/INVARIANTS.md is the invariant table, generated and not drifting.
using System.Text;

namespace SriovVerification.Model.Tests;

/// <summary>docs/INVARIANTS.md is generated from <see cref="Invariants.All"/> and must not drift from it.</summary>
public sealed class InvariantsDocumentTests
{
    [Fact]
    public void Document_ComparedWithInvariantTable_IsIdentical()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "INVARIANTS.md");
        var expected = Render();
        if (Environment.GetEnvironmentVariable("SRIOV_ACCEPT") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        Assert.True(
            actual == expected,
            $"{path} is out of date with Invariants.All — regenerate with: SRIOV_ACCEPT=1 dotnet test model/Model.Tests --filter InvariantsDocumentTests");
    }

    [Fact]
    public void InvariantTable_Ids_AreConsecutiveAndUnique()
    {
        for (var i = 0; i < Invariants.All.Count; i++)
        {
            Assert.Equal($"INV-{i + 1:00}", Invariants.All[i].Id);
        }
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Invariants\n\n");
        text.Append("Generated from `Invariants.All` (model/Model/Invariants); a test keeps the two identical.\n");
        text.Append("INV-01 … INV-25 are the protocol's (`../shared/spec/SRIOV-PROTOCOL.md` section 5); INV-26 … are the\n");
        text.Append("model's additions (`docs/MODEL.md`). Ids are stable: never renumbered.\n\n");
        text.Append("State invariants are checked on every state (model states and states abstracted from the emulated adapter);\n");
        text.Append("transition invariants on every step (before, command, outcome, after).\n\n");
        text.Append("| Id | Checked on | Statement |\n|---|---|---|\n");
        foreach (var info in Invariants.All)
        {
            var kind = info.Kind switch
            {
                InvariantKind.State => "state",
                InvariantKind.Transition => "step",
                _ => "state, step",
            };
            text.Append($"| {info.Id} | {kind} | {info.Description.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return text.ToString();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (var depth = 0; directory is not null && depth < 16; depth++, directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SriovVerification.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SriovVerification.sln not found above " + AppContext.BaseDirectory);
    }
}
