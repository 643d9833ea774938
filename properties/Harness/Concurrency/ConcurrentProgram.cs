// Harness/Concurrency: a sequential setup, then one command list per concurrent caller
using System.Globalization;
using System.Text;
using SriovVerification.Model;

namespace SriovVerification.Harness.Concurrency;

/// <summary>A sequential setup, then one command list per concurrent caller.</summary>
/// <param name="Config">The model configuration (the adapter is built from it).</param>
/// <param name="Setup">Commands run one after another before the callers start.</param>
/// <param name="Callers">Each caller's commands, in its program order.</param>
public sealed record ConcurrentProgram(ModelConfig Config, IReadOnlyList<Command> Setup, IReadOnlyList<IReadOnlyList<Command>> Callers)
{
    /// <summary>Commands of all callers together.</summary>
    public int OperationCount => Callers.Sum(c => c.Count);

    /// <summary>The program in trace command syntax: the setup, then one line per caller.</summary>
    public string Describe()
    {
        var builder = new StringBuilder();
        builder.Append("setup: ").Append(string.Join("; ", Setup.Select(CommandText.Format))).Append('\n');
        for (var i = 0; i < Callers.Count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"caller {i}: ").Append(string.Join("; ", Callers[i].Select(CommandText.Format))).Append('\n');
        }

        return builder.ToString();
    }
}
