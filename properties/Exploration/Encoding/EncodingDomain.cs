// Exploration/Encoding: the value ranges a StateEncoder reserves bits for, beyond what the configuration fixes

namespace SriovVerification.Exploration.Encoding;

/// <summary>
/// The value ranges a <see cref="StateEncoder"/> reserves bits for, beyond what the configuration fixes:
/// the VF slots per host, the VLAN ids filters may test, the config-block fill bytes and the invalidation bits.
/// A state holding a value outside these ranges is reported as "bound exceeded", naming the field.
/// </summary>
/// <param name="VfSlotCount">VFs per host the key holds (the largest NumVFs a switch can be created with).</param>
/// <param name="Vlans">The VLAN ids a filter may test, ascending, 0 first.</param>
/// <param name="ConfigBlockFills">The fill bytes a config block may hold, ascending, 0 first.</param>
/// <param name="InvalidationMaskBits">Width of a VF's pending invalidation mask.</param>
public sealed record EncodingDomain(int VfSlotCount, ValueArray<int> Vlans, ValueArray<byte> ConfigBlockFills, int InvalidationMaskBits)
{
    /// <summary>
    /// The domain of <paramref name="config"/> widened by every argument value in <paramref name="candidates"/>
    /// (normally the candidate commands of the initial state, which span the model's argument domain).
    /// </summary>
    public static EncodingDomain From(ModelConfig config, IEnumerable<Command> candidates)
    {
        var vfSlots = config.NumVfs;
        var vlans = new SortedSet<int> { 0 };
        var fills = new SortedSet<byte> { 0 };
        ulong masks = 0;
        for (var v = 0; v < config.VmCount; v++)
        {
            vlans.Add(config.VlanOf(v));
        }

        foreach (var block in config.ConfigBlocks)
        {
            masks |= 1UL << block.BlockId;
        }

        foreach (var command in candidates)
        {
            var descriptor = CommandDescriptors.Of(command);
            if (descriptor.SwitchNumVfsOf?.Invoke(command) is >= 1 and var numVfs && numVfs <= config.TotalVfs)
            {
                vfSlots = Math.Max(vfSlots, numVfs);
            }

            if (descriptor.FilterVlanOf?.Invoke(command) is { } vlan)
            {
                vlans.Add(vlan);
            }

            if (descriptor.ConfigBlockFillOf?.Invoke(command) is { } fill)
            {
                fills.Add(fill);
            }

            if (descriptor.InvalidationMaskOf?.Invoke(command) is { } mask)
            {
                masks |= mask;
            }
        }

        var maskBits = masks == 0 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount(masks);
        return new EncodingDomain(vfSlots, vlans.ToValueArray(), fills.ToValueArray(), maskBits);
    }
}
