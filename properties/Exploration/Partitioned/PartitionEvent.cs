// Exploration/Partitioned: what ended a level on one partition
namespace SriovVerification.Exploration.Partitioned;

/// <summary>What ended a level on one partition.</summary>
internal enum PartitionEventKind
{
    /// <summary>A transition invariant broken on a step of the source state.</summary>
    StepViolation,

    /// <summary>A successor the packed layout cannot hold as the view's change.</summary>
    DerivationFailure,

    /// <summary>The source state enables no command (and deadlocks are failures).</summary>
    Deadlock,

    /// <summary>A new state breaks a state invariant.</summary>
    StateViolation,

    /// <summary>A new state's full check against <c>SriovModel.Apply</c> failed.</summary>
    CrossCheckFailure,
}

/// <summary>
/// A finding of one partition at one level, placed in the single-process order by <paramref name="Order"/>: the source
/// state's rank in its level times <see cref="PartitionExplorer.SlotsPerState"/>, plus 0 for what its expansion found and
/// 1 + i for its i-th successor. The lowest order over all partitions is the finding one process reports first.
/// </summary>
/// <param name="Order">The place in breadth-first order.</param>
/// <param name="Kind">What was found.</param>
/// <param name="Source">Global number of the source state.</param>
/// <param name="Command">The candidate command (-1 for a deadlock).</param>
/// <param name="Key">The new state's key (state violation, cross-check), else default.</param>
/// <param name="Text">The violation or the reason, as one process words it.</param>
internal sealed record PartitionEvent(long Order, PartitionEventKind Kind, int Source, int Command, Packed.PackedKey Key, string Text)
{
    /// <summary>Writes the event.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Order);
        writer.Write((int)Kind);
        writer.Write(Source);
        writer.Write(Command);
        writer.Write(Key.Lo);
        writer.Write(Key.Hi);
        writer.Write(Text);
    }

    /// <summary>Reads an event written by <see cref="WriteTo"/>.</summary>
    public static PartitionEvent ReadFrom(BinaryReader reader) =>
        new(reader.ReadInt64(), (PartitionEventKind)reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), new Packed.PackedKey(reader.ReadUInt64(), reader.ReadUInt64()), reader.ReadString());

    /// <summary>The earlier of two events (either may be null).</summary>
    public static PartitionEvent? Earlier(PartitionEvent? a, PartitionEvent? b) => a is null ? b : b is null ? a : b.Order < a.Order ? b : a;
}
