// Exploration/Partitioned: what every partition of one partitioned search is told at its start
using SriovVerification.Exploration.Profiles;
using SriovVerification.Exploration.Storage;
using SriovVerification.Traces;

namespace SriovVerification.Exploration.Partitioned;

/// <summary>
/// What every partition of one partitioned search is told at its start: the configuration (as the trace header's
/// <c>config:</c> fields), the options that shape the search, the partition count and this partition's number.
/// </summary>
internal sealed record PartitionSetup(ModelConfig Config, ExplorationOptions Options, int PartitionCount, int Partition)
{
    /// <summary>The setup as bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            ConfigText.Write(writer, Config);
            writer.Write((int)Options.Profile);
            writer.Write(Options.Symmetry);
            writer.Write(Options.HostSymmetry);
            writer.Write(Options.DeadlockIsFailure);
            writer.Write(Options.CrossCheckEvery);
            writer.Write(Options.MemoryBudgetBytes);
            writer.Write((int)Options.Store);
            writer.Write(Options.StoreDirectory ?? "");
            writer.Write(Options.DiskBudgetBytes);
            writer.Write(PartitionCount);
            writer.Write(Partition);
        }

        return stream.ToArray();
    }

    /// <summary>The setup <see cref="ToBytes"/> wrote; throws <see cref="InvalidDataException"/> on a field it does not know.</summary>
    public static PartitionSetup FromBytes(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var config = ConfigText.Read(reader);
        var options = new ExplorationOptions
        {
            Profile = (ExplorationProfile)reader.ReadInt32(),
            Symmetry = reader.ReadBoolean(),
            HostSymmetry = reader.ReadBoolean(),
            DeadlockIsFailure = reader.ReadBoolean(),
            CrossCheckEvery = reader.ReadInt32(),
            MemoryBudgetBytes = reader.ReadInt64(),
            Store = (VisitedStore)reader.ReadInt32(),
            StoreDirectory = reader.ReadString() is { Length: > 0 } directory ? directory : null,
            DiskBudgetBytes = reader.ReadInt64(),
            CheckLiveness = false,
            Engine = ExplorationEngine.Packed,
            Workers = 1,
        };
        return new PartitionSetup(config, options, reader.ReadInt32(), reader.ReadInt32());
    }
}
