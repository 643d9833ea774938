// Harness/Conformance: translates the model's configuration into the emulated adapter's options (the one place that knows both)
using SriovVerification.Implementation;
using SriovVerification.Implementation.Pci;
using SriovVerification.Model;
using ImplementationConfigBlock = SriovVerification.Implementation.ConfigBlockDefinition;
using ImplementationPolicy = SriovVerification.Implementation.FilterMovePolicy;

namespace SriovVerification.Harness.Conformance;

/// <summary>Translates the model's configuration into the emulated adapter's options (the one place that knows both).</summary>
public static class ConfigMapping
{
    /// <summary>
    /// The <see cref="DatacenterOptions"/> of <paramref name="config"/>, carrying <paramref name="defects"/> (catalogue names)
    /// and seeding the adapter's PRNG with <paramref name="seed"/>.
    /// </summary>
    public static DatacenterOptions ToDatacenterOptions(ModelConfig config, IEnumerable<string> defects, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(defects);
        var blocks = new List<ImplementationConfigBlock>(config.ConfigBlocks.Length);
        foreach (var block in config.ConfigBlocks)
        {
            blocks.Add(new ImplementationConfigBlock(block.BlockId, block.SizeBytes));
        }

        var adapter = new AdapterOptions
        {
            SriovEnabled = true,
            TotalVfs = config.TotalVfs,
            MaxNumVPorts = config.MaxNumVPorts,
            MaxNumQueuePairs = config.MaxNumQueuePairs,
            MaxNumQueuePairsPerNonDefaultVPort = config.MaxNumQueuePairsPerNonDefaultVPort,
            DefaultVPortQueuePairs = config.DefaultVPortQueuePairs,
            MaxReceiveFilters = config.MaxReceiveFilters,
            PfRid = config.PfRid,
            FirstVfOffset = config.FirstVfOffset,
            VfStride = config.VfStride,
            VfConfigSpaceSizeBytes = config.VfConfigSpaceSizeBytes,
            ConfigBlocks = blocks,
            VfRoutingTable = [.. config.VfRoutingTable.Select(r => new VfRoutingRow(r.NumVfs, r.FirstVfOffset, r.VfStride))],
            VfDeviceId = config.VfDeviceId,
            SystemPageSize = config.SystemPageSize,
            Defects = new HashSet<string>(defects, StringComparer.Ordinal),
        };

        var sriov = new bool[config.HostCount];
        for (var h = 0; h < sriov.Length; h++)
        {
            sriov[h] = config.IsSriovEnabled(h);
        }

        var vlans = new int[config.VmCount];
        var initialHosts = new int[config.VmCount];
        for (var v = 0; v < config.VmCount; v++)
        {
            vlans[v] = config.VlanOf(v);
            initialHosts[v] = config.InitialHostOf(v);
        }

        return new DatacenterOptions
        {
            HostCount = config.HostCount,
            VmCount = config.VmCount,
            Adapter = adapter,
            HostSriovEnabled = sriov,
            VmVlans = vlans,
            VmInitialHosts = initialHosts,
            RemovalTimeoutTicks = config.RemovalTimeoutTicks,
            FilterMovePolicy = config.FilterMovePolicy == Model.FilterMovePolicy.HostDriven ? ImplementationPolicy.HostDriven : ImplementationPolicy.GuestDriven,
            Seed = seed,
        };
    }
}
