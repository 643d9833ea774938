// Harness/Generation: the candidate commands of a configuration grouped by kind (the record type), with the kinds' weights
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>The candidate commands of a configuration grouped by kind (the record type), with the kinds' weights.</summary>
public sealed class CommandKinds
{
    private readonly Command[][] candidates;
    private readonly int[] cumulativeWeights;
    private readonly Dictionary<string, int> kindIndex = new(StringComparer.Ordinal);

    /// <summary>Groups <see cref="SriovModel.CandidateCommands"/> of <paramref name="config"/> and the <see cref="FilterVariety"/> candidates by kind.</summary>
    public CommandKinds(ModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var groups = new List<List<Command>>();
        var names = new List<string>();
        foreach (var command in SriovModel.CandidateCommands(config, SriovModel.Initial(config)).Concat(FilterVariety.Candidates(config)))
        {
            var name = command.GetType().Name;
            var index = names.IndexOf(name);
            if (index < 0)
            {
                names.Add(name);
                groups.Add([]);
                index = names.Count - 1;
            }

            groups[index].Add(command);
        }

        candidates = new Command[groups.Count][];
        cumulativeWeights = new int[groups.Count];
        var total = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            candidates[i] = [.. groups[i]];
            kindIndex[names[i]] = i;
            total += CommandWeights.EighthsOf(candidates[i][0]);
            cumulativeWeights[i] = total;
        }

        Names = names;
        Config = config;
    }

    /// <summary>
    /// A candidate of <paramref name="picked"/>'s kind the model accepts in <paramref name="state"/>, scanning the kind's
    /// candidates from a random one on; null when none is accepted.
    /// </summary>
    public Command? AcceptedOfKind(SplitMix64 random, ModelState state, Command picked)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(picked);
        var kind = kindIndex.GetValueOrDefault(picked.GetType().Name, -1);
        if (kind < 0)
        {
            return null;
        }

        var group = candidates[kind];
        var start = random.Below(group.Length);
        for (var i = 0; i < group.Length; i++)
        {
            var candidate = group[(start + i) % group.Length];
            if (SriovModel.Apply(Config, state, candidate).Outcome.IsSuccess)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The configuration.</summary>
    public ModelConfig Config { get; }

    /// <summary>The kind names (command record type names), in candidate order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// A kind chosen by weight (or uniformly, with <paramref name="uniformKinds"/>: refusals are spread evenly over the
    /// kinds), then one of its candidates uniformly.
    /// </summary>
    public Command Pick(SplitMix64 random, bool uniformKinds = false)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (uniformKinds)
        {
            var any = candidates[random.Below(candidates.Length)];
            return any[random.Below(any.Length)];
        }

        var roll = random.Below(cumulativeWeights[^1]);
        var kind = 0;
        while (kind < cumulativeWeights.Length - 1 && roll >= cumulativeWeights[kind])
        {
            kind++;
        }

        var group = candidates[kind];
        return group[random.Below(group.Length)];
    }

    /// <summary>The <see cref="CommandWeights"/> weight of kind <paramref name="kind"/>.</summary>
    public int BaseWeight(int kind) => CommandWeights.Of(candidates[kind][0]);

    /// <summary>The first candidate of kind <paramref name="kind"/>.</summary>
    public Command Representative(int kind) => candidates[kind][0];

    /// <summary>
    /// A kind chosen by <paramref name="weights"/> among those <paramref name="kept"/> allows (every kind when none is
    /// kept), then one of its candidates uniformly.
    /// </summary>
    public Command Pick(SplitMix64 random, int[] weights, bool[] kept)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(kept);
        long total = 0;
        for (var k = 0; k < candidates.Length; k++)
        {
            total += kept[k] ? weights[k] : 0;
        }

        var all = total == 0;
        if (all)
        {
            total = weights.Sum(w => (long)w);
        }

        var roll = (long)(random.Next() % (ulong)total);
        var kind = 0;
        for (; kind < candidates.Length - 1; kind++)
        {
            var w = all || kept[kind] ? weights[kind] : 0;
            if (roll < w)
            {
                break;
            }

            roll -= w;
        }

        var group = candidates[kind];
        return group[random.Below(group.Length)];
    }
}
