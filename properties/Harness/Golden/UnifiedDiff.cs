// Harness/Golden: unified diffs of two texts by lines (DiffPlex), with ContextLines lines of context
using System.Globalization;
using System.Text;
using DiffPlex;

namespace SriovVerification.Harness.Golden;

/// <summary>Unified diffs of two texts by lines (DiffPlex), with <see cref="ContextLines"/> lines of context.</summary>
public static class UnifiedDiff
{
    /// <summary>Unchanged lines shown around each change.</summary>
    public const int ContextLines = 3;

    /// <summary>The diff from <paramref name="oldText"/> to <paramref name="newText"/>; empty when they are equal.</summary>
    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        var oldLines = SplitLines(oldText);
        var newLines = SplitLines(newText);
        var result = new Differ().CreateCustomDiffs(oldText, newText, false, false, SplitLines);
        if (result.DiffBlocks.Count == 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        builder.Append("--- ").Append(oldName).Append('\n');
        builder.Append("+++ ").Append(newName).Append('\n');
        var blocks = result.DiffBlocks;
        var index = 0;
        while (index < blocks.Count)
        {
            var last = index;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * ContextLines)
            {
                last++;
            }

            var oldStart = Math.Max(0, blocks[index].DeleteStartA - ContextLines);
            var newStart = Math.Max(0, blocks[index].InsertStartB - ContextLines);
            var oldEnd = Math.Min(oldLines.Length, blocks[last].DeleteStartA + blocks[last].DeleteCountA + ContextLines);
            var newEnd = Math.Min(newLines.Length, blocks[last].InsertStartB + blocks[last].InsertCountB + ContextLines);
            builder.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart + 1},{oldEnd - oldStart} +{newStart + 1},{newEnd - newStart} @@\n");
            var a = oldStart;
            for (var b = index; b <= last; b++)
            {
                var block = blocks[b];
                for (; a < block.DeleteStartA; a++)
                {
                    builder.Append(' ').Append(oldLines[a]).Append('\n');
                }

                for (var d = 0; d < block.DeleteCountA; d++)
                {
                    builder.Append('-').Append(oldLines[block.DeleteStartA + d]).Append('\n');
                }

                for (var i = 0; i < block.InsertCountB; i++)
                {
                    builder.Append('+').Append(newLines[block.InsertStartB + i]).Append('\n');
                }

                a = block.DeleteStartA + block.DeleteCountA;
            }

            for (; a < oldEnd; a++)
            {
                builder.Append(' ').Append(oldLines[a]).Append('\n');
            }

            index = last + 1;
        }

        return builder.ToString();
    }

    private static string[] SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
