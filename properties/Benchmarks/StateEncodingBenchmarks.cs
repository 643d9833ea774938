// Benchmarks: the explorer's key work per state
using BenchmarkDotNet.Attributes;
using SriovVerification.Exploration.Encoding;
using SriovVerification.Exploration.Search;
using SriovVerification.Exploration.Symmetry;

namespace SriovVerification.Benchmarks;

/// <summary>The explorer's key work per state: encode, decode, canonicalise under the symmetry group.</summary>
[MemoryDiagnoser]
public class StateEncodingBenchmarks
{
    private readonly ModelConfig config = ModelConfig.Default;
    private ModelState state = null!;
    private StateEncoder encoder = null!;
    private SymmetryReduction symmetry = null!;
    private ulong[] key = [];

    /// <summary>Builds the state, the encoder and the symmetry group.</summary>
    [GlobalSetup]
    public void Setup()
    {
        state = BenchmarkStates.MidLifecycle(config);
        encoder = Explorer.EncoderFor(config);
        symmetry = new SymmetryReduction(config, encoder);
        key = new ulong[encoder.KeyWords];
        encoder.TryEncode(state, key, out _);
    }

    /// <summary>State to key.</summary>
    [Benchmark]
    public bool Encode() => encoder.TryEncode(state, key, out _);

    /// <summary>Key to state.</summary>
    [Benchmark]
    public ModelState Decode() => encoder.Decode(key);

    /// <summary>State to the key of its orbit's representative.</summary>
    [Benchmark]
    public bool Canonicalize() => symmetry.TryCanonicalize(state, key, out _);
}
