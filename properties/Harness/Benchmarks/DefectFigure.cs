// Harness/Benchmarks: time to detection and counterexample lengths of one catalogue defect
namespace SriovVerification.Harness.Benchmarks;

/// <summary>Time to detection and counterexample lengths of one catalogue defect.</summary>
/// <param name="Number">The defect's number in the spec's catalogue.</param>
/// <param name="Defect">The defect's name.</param>
/// <param name="Seeds">Seeds run for the time to detection.</param>
/// <param name="Detected">Seeds whose run caught the defect within its time limit.</param>
/// <param name="MedianDetectionSeconds">Median wall-clock seconds until the failing sequence was found (before shrinking); null when never caught.</param>
/// <param name="MaxDetectionSeconds">Largest of those times; null when never caught.</param>
/// <param name="CaughtBy">What caught it on the first detecting seed.</param>
/// <param name="ShrunkLengthsDefault">Shrunk lengths on the default configuration, one per detecting seed, ascending.</param>
/// <param name="ShrunkLengthsSmall">Shrunk lengths on the small configuration of the shortest search, ascending.</param>
/// <param name="ShortestLength">Length of the shortest counterexample on the small configuration (exhaustive conformance, breadth-first); null when a bound came first.</param>
/// <param name="ShortestLowerBound">The search's depth: when <paramref name="ShortestLength"/> is null, no sequence up to this length diverges.</param>
/// <param name="ShortestCaughtBy">What caught the shortest counterexample.</param>
/// <param name="ShortestStates">Model states the exhaustive conformance visited.</param>
/// <param name="ShortestSteps">Adapter steps it ran (checked and replayed).</param>
public sealed record DefectFigure(
    int Number,
    string Defect,
    int Seeds,
    int Detected,
    double? MedianDetectionSeconds,
    double? MaxDetectionSeconds,
    string CaughtBy,
    IReadOnlyList<int> ShrunkLengthsDefault,
    IReadOnlyList<int> ShrunkLengthsSmall,
    int? ShortestLength,
    int ShortestLowerBound,
    string ShortestCaughtBy,
    long ShortestStates,
    long ShortestSteps);
