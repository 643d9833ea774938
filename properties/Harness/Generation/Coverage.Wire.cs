// Harness/Generation: coverage as bytes
namespace SriovVerification.Harness.Generation;

/// <summary>Coverage as bytes: what a silo of <c>check --cluster</c> sends back for a range of sequences.</summary>
public sealed partial class Coverage
{
    /// <summary>Writes every count (kinds in their order, transitions exercised, premise steps, premises established).</summary>
    internal void WriteTo(BinaryWriter writer)
    {
        writer.Write(kindOrder.Count);
        foreach (var name in kindOrder)
        {
            writer.Write(name);
            foreach (var count in kinds[name])
            {
                writer.Write(count);
            }
        }

        writer.Write(exercised.Count);
        foreach (var (key, count) in exercised.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(count);
        }

        writer.Write(premiseSteps.Length);
        foreach (var steps in premiseSteps)
        {
            writer.Write(steps);
        }

        writer.Write(premisesEstablished.Count);
        foreach (var (name, facts) in premisesEstablished.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(name);
            writer.Write(facts);
        }
    }

    /// <summary>The coverage <see cref="WriteTo"/> wrote, over <paramref name="kindNames"/> and the kernel machines' transitions.</summary>
    internal static Coverage ReadFrom(BinaryReader reader, IEnumerable<string> kindNames)
    {
        var coverage = new Coverage(kindNames);
        var kindCount = reader.ReadInt32();
        for (var k = 0; k < kindCount; k++)
        {
            var name = reader.ReadString();
            if (!coverage.kinds.TryGetValue(name, out var counts))
            {
                counts = new long[3];
                coverage.kinds[name] = counts;
                coverage.kindOrder.Add(name);
            }

            for (var i = 0; i < 3; i++)
            {
                counts[i] = reader.ReadInt64();
            }
        }

        var exercisedCount = reader.ReadInt32();
        for (var e = 0; e < exercisedCount; e++)
        {
            coverage.exercised[reader.ReadString()] = reader.ReadInt64();
        }

        var premises = reader.ReadInt32();
        for (var i = 0; i < premises; i++)
        {
            coverage.premiseSteps[i] = reader.ReadInt64();
        }

        var established = reader.ReadInt32();
        for (var i = 0; i < established; i++)
        {
            coverage.premisesEstablished[reader.ReadString()] = reader.ReadInt32();
        }

        return coverage;
    }
}
