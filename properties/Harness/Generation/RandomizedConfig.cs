// Harness/Generation: the configurations randomized conformance (check) and replay take
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>
/// The configurations randomized conformance (<c>check</c>) and <c>replay</c> take: up to <see cref="VmCountMax"/> VMs
/// and <see cref="TotalVfsMax"/> VFs per PF, beyond the model's own <see cref="ModelConfig.Validate"/> bounds (8 VMs, 64
/// VFs). Those bounds are the exhaustive explorer's: its packed state keys give a VM and a VF a few bits each. A
/// randomized run holds the model's states as records and the adapter's as arrays sized by the configuration, so
/// nothing in it is packed; what bounds it here is the cost of a step, which grows with the objects a step touches.
/// </summary>
public static class RandomizedConfig
{
    /// <summary>The most VMs of a randomized run.</summary>
    public const int VmCountMax = 64;

    /// <summary>The most VFs (TotalVFs) of one adapter in a randomized run.</summary>
    public const int TotalVfsMax = 128;

    /// <summary>The most VPorts and receive filters of a NIC switch (the model's bound).</summary>
    public const int SwitchObjectsMax = 64;

    /// <summary>
    /// The problems of <paramref name="config"/> as a randomized run sees them: the model's, with its VM and TotalVFs
    /// bounds replaced by 1 … <see cref="VmCountMax"/> and 1 … <see cref="TotalVfsMax"/> (NumVFs ≤ TotalVFs stays).
    /// </summary>
    public static IReadOnlyList<string> Problems(ModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var problems = config.Validate()
            .Where(p => !p.StartsWith(nameof(ModelConfig.VmCount) + ":", StringComparison.Ordinal) && !p.StartsWith(nameof(ModelConfig.TotalVfs) + ":", StringComparison.Ordinal))
            .ToList();
        if (config.VmCount is < 1 or > VmCountMax)
        {
            problems.Insert(0, $"{nameof(ModelConfig.VmCount)}: expected 1 … {VmCountMax} (exhaustive exploration: 1 … 8)");
        }

        if (config.TotalVfs is < 1 or > TotalVfsMax)
        {
            problems.Insert(0, $"{nameof(ModelConfig.TotalVfs)}: expected 1 … {TotalVfsMax} (exhaustive exploration: 1 … 64)");
        }

        return problems;
    }

    /// <summary>
    /// The default configuration with <paramref name="vmCount"/> VMs and <paramref name="numVfs"/> VFs out of
    /// <paramref name="totalVfs"/> (the larger of the default's and NumVFs when null) per adapter; when the VFs outnumber
    /// the default NIC switch, its VPorts (one per VF and the default one), receive filters (one per VM and two more)
    /// and queue pairs grow with them, up to <see cref="SwitchObjectsMax"/>. The default shape gives the default back.
    /// </summary>
    public static ModelConfig Scaled(int vmCount, int numVfs, int? totalVfs = null)
    {
        var defaults = ModelConfig.Default;
        var vports = Math.Clamp(numVfs + 1, defaults.MaxNumVPorts, SwitchObjectsMax);
        var filters = Math.Clamp(vmCount + 2, defaults.MaxReceiveFilters, SwitchObjectsMax);
        return defaults with
        {
            VmCount = vmCount,
            NumVfs = numVfs,
            TotalVfs = totalVfs ?? Math.Max(defaults.TotalVfs, numVfs),
            MaxNumVPorts = vports,
            MaxReceiveFilters = filters,
            MaxNumQueuePairs = defaults.MaxNumQueuePairs + (defaults.MaxNumQueuePairsPerNonDefaultVPort * (vports - defaults.MaxNumVPorts)),
        };
    }
}
