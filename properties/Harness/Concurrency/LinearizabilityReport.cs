// Harness/Concurrency: one concurrent run and its linearizability verdict
using System.Globalization;
using System.Text;

namespace SriovVerification.Harness.Concurrency;

/// <summary>One concurrent run and its linearizability verdict.</summary>
/// <param name="Program">What the callers issued.</param>
/// <param name="Seed">The seed (scheduler strategy and adapter, or the stress perturbation).</param>
/// <param name="Mode">How the callers ran: the strategy's description, or <c>threads</c>.</param>
/// <param name="History">Every operation with its invocation and response times.</param>
/// <param name="Result">The search's verdict.</param>
/// <param name="Schedule">The interleaving, for a scheduled run (replays from the seed); empty for real threads.</param>
public sealed record LinearizabilityReport(
    ConcurrentProgram Program, ulong Seed, string Mode, IReadOnlyList<HistoryOperation> History, LinearizabilityResult Result, IReadOnlyList<ScheduleStep> Schedule)
{
    /// <summary>The schedule as its decisions (<see cref="ScheduleResult.Decisions"/>), for a scheduled run.</summary>
    public IReadOnlyList<ScheduleDecision> Decisions { get; init; } = [];

    /// <summary>Seed and mode first, then the program, the history in invocation order, the model's longest accepted prefix and the schedule.</summary>
    public string Describe(int scheduleLinesMax = 60)
    {
        var builder = new StringBuilder();
        var verdict = Result.Linearizable ? "linearizable" : Result.BoundReached ? "search bound reached" : "NOT linearizable";
        builder.Append(CultureInfo.InvariantCulture, $"seed {SeedText.Format(Seed)} mode {Mode}: {verdict} ({History.Count} operations, {Result.NodesExplored} nodes)\n");
        builder.Append(Program.Describe());
        builder.Append("history (caller: [invoked, responded] command -> status data):\n");
        foreach (var operation in History.OrderBy(o => o.Invoked))
        {
            builder.Append(CultureInfo.InvariantCulture,
                $"  {operation.Caller}: [{operation.Invoked,4}, {operation.Responded,4}] {CommandText.Format(operation.Command)} -> {operation.Result.Status} {operation.Result.Data}\n");
        }

        builder.Append(Result.Linearizable ? "linearization:\n" : "longest prefix the model accepts:\n");
        foreach (var operation in Result.Order)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  {operation.Caller}.{operation.Index} {CommandText.Format(operation.Command)}\n");
        }

        if (Schedule.Count > 0)
        {
            builder.Append("schedule:\n");
            foreach (var step in Schedule.Take(scheduleLinesMax))
            {
                builder.Append(CultureInfo.InvariantCulture, $"  {step.Step,5} {step.Actor,-10} from {step.Point}\n");
            }

            if (Schedule.Count > scheduleLinesMax)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  … {Schedule.Count - scheduleLinesMax} more steps\n");
            }
        }

        return builder.ToString();
    }
}
