// Harness/Generation: generates operation sequences by simulating the model
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>
/// Generates operation sequences by simulating the model: at each step about 4 in 5 commands are ones the model accepts
/// in the current state and 1 in 5 ones it refuses (kinds chosen uniformly for those), chosen by <see cref="CommandKinds.Pick(SplitMix64, bool)"/> (bounded rejection
/// sampling); with a <see cref="GenerationBias"/> (coverage-guided generation, <see cref="CoverageGuide"/>) the kinds are
/// drawn by its weights from a swarm subset. The length grows with the size.
/// </summary>
public sealed class SequenceGenerator
{
    /// <summary>Draws per step when looking for an accepted (or a refused) command.</summary>
    public const int DrawCountMax = 48;

    /// <summary>The size at which sequences reach their full length.</summary>
    public const int SizeMax = 100;

    /// <summary>The default bound on a sequence's length.</summary>
    public const int StepCountMaxDefault = 250;

    private readonly CommandKinds kinds;

    /// <summary>A generator over <paramref name="config"/>'s candidate commands.</summary>
    public SequenceGenerator(ModelConfig config, int stepCountMax = StepCountMaxDefault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stepCountMax, 1);
        kinds = new CommandKinds(config);
        StepCountMax = stepCountMax;
    }

    /// <summary>The configuration.</summary>
    public ModelConfig Config => kinds.Config;

    /// <summary>The bound on a sequence's length.</summary>
    public int StepCountMax { get; }

    /// <summary>The length of a sequence of size <paramref name="size"/> (0 … <see cref="SizeMax"/>): from 4 up to <see cref="StepCountMax"/>.</summary>
    public int LengthFor(int size) => Math.Clamp(4 + (Math.Clamp(size, 0, SizeMax) * StepCountMax / SizeMax), 1, StepCountMax);

    /// <summary>The candidate commands grouped by kind.</summary>
    public CommandKinds Kinds => kinds;

    /// <summary>
    /// The sequence of <paramref name="seed"/> and <paramref name="size"/>; with <paramref name="bias"/>, kinds are drawn
    /// by its weights, and one sequence in <see cref="GenerationBias.SwarmSequenceOneIn"/> is a swarm sequence: it keeps
    /// each kind with probability 1 − 1/<see cref="GenerationBias.SwarmOmitOneIn"/> (drawn from the seed first).
    /// </summary>
    public Command[] Generate(ulong seed, int size, GenerationBias? bias = null) => Generate(seed, size, bias, out _);

    /// <summary>
    /// <see cref="Generate(ulong, int, GenerationBias?)"/>, also returning the model's transition of each command from
    /// the state after the commands before it (the generator computes them while it draws; a checker need not apply
    /// the model again).
    /// </summary>
    public Command[] Generate(ulong seed, int size, GenerationBias? bias, out Transition[] transitions)
    {
        var random = new SplitMix64(seed);
        var kept = bias is null ? null : SwarmSubset(random);
        var length = LengthFor(size);
        var commands = new Command[length];
        transitions = new Transition[length];
        var state = SriovModel.Initial(Config);
        for (var i = 0; i < length; i++)
        {
            var wantAccepted = random.Below(5) != 0;
            var chosen = Draw(random, state, wantAccepted, bias, kept);
            var transition = SriovModel.Apply(Config, state, chosen);
            for (var draw = 1; draw < DrawCountMax && transition.Outcome.IsSuccess != wantAccepted; draw++)
            {
                chosen = Draw(random, state, wantAccepted, bias, kept);
                transition = SriovModel.Apply(Config, state, chosen);
            }

            commands[i] = chosen;
            transitions[i] = transition;
            state = transition.State;
        }

        return commands;
    }

    /// <summary>
    /// One draw: a picked candidate; when an accepted command is wanted, its filter OID arguments steered to live filters
    /// (<see cref="FilterSteering"/>) and a rarely legal OID steered to a legal one (<see cref="LegalSteering"/>).
    /// </summary>
    private Command Draw(SplitMix64 random, ModelState state, bool wantAccepted, GenerationBias? bias, bool[]? kept)
    {
        var picked = bias is null || kept is null
            ? kinds.Pick(random, uniformKinds: !wantAccepted)
            : kinds.Pick(random, wantAccepted ? bias.Accepted : bias.Refused, kept);
        return wantAccepted ? LegalSteering.Steer(kinds, random, state, FilterSteering.Steer(random, state, picked)) : picked;
    }

    /// <summary>The kinds a sequence keeps: all of them, or (a swarm sequence) each with probability 1 − 1/<see cref="GenerationBias.SwarmOmitOneIn"/>.</summary>
    private bool[] SwarmSubset(SplitMix64 random)
    {
        var kept = new bool[kinds.Names.Count];
        var swarm = random.Below(GenerationBias.SwarmSequenceOneIn) == 0;
        for (var k = 0; k < kept.Length; k++)
        {
            kept[k] = !swarm || random.Below(GenerationBias.SwarmOmitOneIn) != 0;
        }

        return kept;
    }
}
