// Harness/Generation: a generated operation sequence
using System.Collections.Immutable;
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>A generated operation sequence: the value FsCheck generates and shrinks; prints one command a line.</summary>
/// <param name="Commands">The commands in order.</param>
public sealed record CommandSequence(ImmutableArray<Command> Commands)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var lines = new string[Commands.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = CommandText.Format(Commands[i]);
        }

        return $"{Commands.Length} steps:\n  " + string.Join("\n  ", lines);
    }
}
