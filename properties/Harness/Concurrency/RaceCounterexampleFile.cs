// Harness/Concurrency: writes a shrunk failing interleaving as a version-2 trace file, named by its defects and seed
using System.Globalization;
using SriovVerification.Harness.Concurrency.TraceFiles;

namespace SriovVerification.Harness.Concurrency;

/// <summary>Writes a shrunk failing interleaving as a version-2 trace file, named by its defects and seed.</summary>
public static class RaceCounterexampleFile
{
    /// <summary>The file name: <c>race-&lt;defects&gt;-&lt;seed&gt;.trace</c> (<c>none</c> without defects).</summary>
    public static string FileName(InterleavingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defects = options.Defects.Count == 0 ? "none" : string.Join("+", options.Defects);
        return string.Create(CultureInfo.InvariantCulture, $"race-{defects}-{SeedText.HexDigits(options.Seed)}.trace");
    }

    /// <summary>The trace of a shrink, its purpose saying how it was found and how much it shrank.</summary>
    public static InterleavingTrace TraceOf(RaceShrinkResult shrink)
    {
        ArgumentNullException.ThrowIfNull(shrink);
        var kinds = RaceFailure.Kinds(shrink.Shrunk);
        var title = string.Create(CultureInfo.InvariantCulture,
            $"{(kinds.Count > 0 ? kinds[0] : "failure")} in {shrink.Original.Options.Scenario} ({shrink.Original.Options.Policy}) with {(shrink.Original.Options.Defects.Count == 0 ? "no defects" : string.Join(" ", shrink.Original.Options.Defects))}");
        var purpose = string.Create(CultureInfo.InvariantCulture,
            $"found by {shrink.Original.ReplayCommand} ({shrink.Original.Schedule.Strategy}); shrunk in {shrink.Runs} runs from {shrink.Actors.Before} actors, {shrink.Frames.Before} frames, {shrink.Preemptions.Before} preemptions, {shrink.Steps.Before} steps to {shrink.Actors.After} actors, {shrink.Frames.After} frames, {shrink.Preemptions.After} preemptions, {shrink.Steps.After} steps");
        return InterleavingTrace.Of(shrink.Shrunk, title, purpose);
    }

    /// <summary>Writes the shrink's trace into <paramref name="directory"/> (created when missing); returns the path.</summary>
    public static string Write(RaceShrinkResult shrink, string directory)
    {
        ArgumentNullException.ThrowIfNull(shrink);
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(shrink.Original.Options));
        File.WriteAllText(path, InterleavingTracePrinter.Print(TraceOf(shrink)));
        return path;
    }
}
