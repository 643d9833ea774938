// The candidate commands: a small colliding argument domain for generators and the explorer.
namespace SriovVerification.Model;

/// <summary>The candidate commands: a small, colliding argument domain for generators and the explorer.</summary>
public static partial class SriovModel
{
    /// <summary>
    /// Every command over a small colliding argument domain (<c>docs/MODEL.md</c>, "Candidate commands"), in a deterministic
    /// order; the list is the same for every <paramref name="state"/>. Filter it by <see cref="Apply"/>'s
    /// status to get the enabled and the refused commands of a state.
    /// </summary>
    public static IEnumerable<Command> CandidateCommands(ModelConfig config, ModelState state)
    {
        var hosts = config.HostCount;
        var vms = config.VmCount;
        var queuePairs = QueuePairDomain(config);

        for (var h = 0; h < config.HostCount; h++)
        {
            foreach (var command in HostOidCandidates(config, h))
            {
                yield return command;
            }
        }

        for (var v = 0; v < vms; v++)
        {
            yield return new Command.VmConnect(v);
            yield return new Command.VmDisconnect(v);
            foreach (var qp in queuePairs)
            {
                yield return new Command.HostAttachVf(v, qp);
            }

            yield return new Command.MoveVmFilter(v, DataPath.Vf);
            yield return new Command.MoveVmFilter(v, DataPath.Synthetic);
            yield return new Command.OfferVf(v);
            yield return new Command.RequestVfRemoval(v);
            yield return new Command.RemovalTimeout(v);
            yield return new Command.HostDetachVf(v);
            for (var h = 0; h < hosts; h++)
            {
                yield return new Command.LiveMigrationStart(v, h);
            }

            yield return new Command.LiveMigrationResume(v);
            yield return new Command.GuestInitializeVf(v);
            yield return new Command.GuestBindNetVsc(v);
            yield return new Command.SurpriseRemoveVf(v);
            yield return new Command.GuestBindProtocol(v, NetVsc: true, ToVfMiniport: true);
            yield return new Command.GuestBindProtocol(v, NetVsc: true, ToVfMiniport: false);
            yield return new Command.GuestBindProtocol(v, NetVsc: false, ToVfMiniport: true);
            yield return new Command.GuestSwitchDataPath(v, DataPath.Vf);
            yield return new Command.GuestSwitchDataPath(v, DataPath.Synthetic);
            yield return new Command.GuestPauseVf(v);
            yield return new Command.GuestUnbindNetVsc(v);
            yield return new Command.GuestHaltVf(v);
            yield return new Command.GuestHandleInvalidation(v);
        }

        foreach (var command in FrameCandidates(config))
        {
            yield return command;
        }

        foreach (var command in PfCandidates(config))
        {
            yield return command;
        }
    }

    /// <summary>Frames from each host's wire and each VM's guest: every MAC on every VLAN, spoofed and stamped sends.</summary>
    private static IEnumerable<Command> FrameCandidates(ModelConfig config)
    {
        var hosts = config.HostCount;
        var vms = config.VmCount;
        var vportIdMax = config.MaxNumVPorts;
        var macCount = config.MacCount;
        var vlans = VlanDomain(config);

    for (var h = 0; h < hosts; h++)
    {
        for (var m = 0; m < macCount; m++)
        {
            foreach (var vlan in vlans)
            {
                yield return new Command.ReceiveFrame(h, m, vlan);
            }
        }
    }

    for (var v = 0; v < vms; v++)
    {
        for (var m = 0; m < macCount; m++)
        {
            foreach (var vlan in vlans)
            {
                yield return new Command.GuestSendFrame(v, m, vlan);
            }
        }

        yield return new Command.GuestSendFrame(v, (v + 1) % macCount, config.VlanOf(v), SpoofSource: true);
        yield return new Command.GuestSendFrame(v, vms, config.VlanOf(v), SourceMacIndex: (v + 1) % macCount);
        for (var stamp = 0; stamp <= 2 && stamp <= vportIdMax; stamp++)
        {
            yield return new Command.GuestSendFrame(v, (v + 1) % macCount, config.VlanOf(v), StampVPortId: stamp);
            yield return new Command.GuestSendFrame(v, vms, config.VlanOf(v), StampVPortId: stamp);
        }
    }
    }

    /// <summary>Host <paramref name="h"/>'s NIC switch, VF and VPort OIDs, then its filter, VF access and enumeration OIDs.</summary>
    private static IEnumerable<Command> HostOidCandidates(ModelConfig config, int h)
    {
        var vms = config.VmCount;
        var vfIdMax = config.NumVfs;
        var vportIdMax = config.MaxNumVPorts;
        var queuePairs = QueuePairDomain(config);

        yield return new Command.CreateSwitch(h, config.NumVfs);
        yield return new Command.CreateSwitch(h, config.TotalVfs + 1);
        yield return new Command.CreateSwitch(h, config.NumVfs, SwitchId: 1);
        yield return new Command.DeleteSwitch(h);
        yield return new Command.DeleteSwitch(h, SwitchId: 1);
        for (var v = 0; v < vms; v++)
        {
            yield return new Command.AllocateVf(h, v);
        }

        yield return new Command.AllocateVf(h, 0, ValidInputIds: false);
        for (var vf = 0; vf <= vfIdMax; vf++)
        {
            yield return new Command.FreeVf(h, vf);
        }

        for (var f = Command.CreateVPort.PfFunctionId; f <= vfIdMax; f++)
        {
            foreach (var qp in queuePairs)
            {
                yield return new Command.CreateVPort(h, f, qp);
            }
        }

        for (var p = 0; p <= vportIdMax; p++)
        {
            yield return new Command.SetVPortState(h, p, true);
            yield return new Command.SetVPortState(h, p, false);
            yield return new Command.DeleteVPort(h, p);
        }

        foreach (var command in FilterCandidates(config, h))
        {
            yield return command;
        }

        foreach (var command in VfAccessCandidates(config, h))
        {
            yield return command;
        }

        foreach (var kind in Enum.GetValues<EnumerationKind>())
        {
            yield return new Command.Enumerate(h, kind);
        }
    }

    /// <summary>Host <paramref name="h"/>'s VPort parameters and filter OIDs.</summary>
    private static IEnumerable<Command> FilterCandidates(ModelConfig config, int h)
    {
        var vms = config.VmCount;
        var vportIdMax = config.MaxNumVPorts;
        var filterIdMax = config.MaxReceiveFilters + 1;
        var macCount = config.MacCount;
        var vlans = VlanDomain(config);

        for (var p = 0; p <= 1 && p <= vportIdMax; p++)
        {
            foreach (var command in VPortParameterCandidates(h, p))
            {
                yield return command;
            }
        }

        for (var p = 0; p <= vportIdMax; p++)
        {
            for (var m = 0; m < macCount; m++)
            {
                foreach (var vlan in vlans)
                {
                    yield return new Command.SetFilter(h, p, m, vlan);
                }
            }
        }

        // VLAN-only filters on the default VPort and VPort 1 only: each further VPort multiplies the explored states.
        for (var p = 0; p <= 1 && p <= vportIdMax; p++)
        {
            foreach (var vlan in vlans)
            {
                if (vlan != 0)
                {
                    yield return new Command.SetFilter(h, p, Command.SetFilter.NoMac, vlan);
                }
            }
        }

        yield return new Command.SetFilter(h, 0, vms, 0, ValidFilterType: false);
        yield return new Command.SetFilter(h, 0, Command.SetFilter.NoMac, 0);
        for (var id = 1; id <= filterIdMax; id++)
        {
            yield return new Command.ClearFilter(h, id);
            yield return new Command.ClientClearFilter(h, id);
            for (var src = 0; src <= vportIdMax; src++)
            {
                for (var dst = 0; dst <= vportIdMax; dst++)
                {
                    yield return new Command.MoveFilter(h, id, src, dst);
                }
            }
        }
    }

    /// <summary>Host <paramref name="h"/>'s config-space, config-block, invalidation, reset and power OIDs per VF.</summary>
    private static IEnumerable<Command> VfAccessCandidates(ModelConfig config, int h)
    {
        var vfIdMax = config.NumVfs;
        var space = config.VfConfigSpaceSizeBytes;

        for (var vf = 0; vf <= vfIdMax; vf++)
        {
            yield return new Command.ReadVfConfigSpace(h, vf, 0x00, 4, 0, 4);
            yield return new Command.ReadVfConfigSpace(h, vf, 0x04, 2, 0, 2);
            yield return new Command.ReadVfConfigSpace(h, vf, 0x70, 4, 0, 4);
            yield return new Command.ReadVfConfigSpace(h, vf, 0x60, 4, 0, 4);
            yield return new Command.ReadVfConfigSpace(h, vf, 0x10, 4, 0, 4);
            yield return new Command.ReadVfConfigSpace(h, vf, space - 2, 4, 0, 4);
            yield return new Command.ReadVfConfigSpace(h, vf, 0x00, 4, 2, 4);
            yield return new Command.ReadVfConfigSpace(h, vf, 0x00, 0, 0, 4);
            yield return new Command.WriteVfConfigSpace(h, vf, 0x04, 2, 0, 2, 0x0004);
            yield return new Command.WriteVfConfigSpace(h, vf, 0x04, 2, 0, 2, 0x0000);
            yield return new Command.WriteVfConfigSpace(h, vf, 0x72, 2, 0, 2, 0x8000);
            yield return new Command.WriteVfConfigSpace(h, vf, 0x72, 2, 0, 2, 0x0000);
            yield return new Command.WriteVfConfigSpace(h, vf, 0x62, 2, 0, 2, 0x0001);
            yield return new Command.WriteVfConfigSpace(h, vf, 0x62, 2, 0, 2, 0x0000);
            yield return new Command.WriteVfConfigSpace(h, vf, 0x00, 4, 0, 4, 0x12345678);
            yield return new Command.WriteVfConfigSpace(h, vf, space - 2, 4, 0, 4, 0xFFFFFFFF);
            yield return new Command.WriteVfConfigSpace(h, vf, 0x04, 2, 4, 4, 0x0004);
            foreach (var block in config.ConfigBlocks)
            {
                yield return new Command.ReadVfConfigBlock(h, vf, block.BlockId, block.SizeBytes);
                yield return new Command.ReadVfConfigBlock(h, vf, block.BlockId, block.SizeBytes + 1);
                yield return new Command.WriteVfConfigBlock(h, vf, block.BlockId, block.SizeBytes, 0xA5);
                yield return new Command.WriteVfConfigBlock(h, vf, block.BlockId, block.SizeBytes + 1, 0xA5);
            }

            yield return new Command.ReadVfConfigBlock(h, vf, UndefinedBlockId(config), 1);
            yield return new Command.InvalidateConfigBlock(h, vf, 0);
            yield return new Command.InvalidateConfigBlock(h, vf, 1);
            yield return new Command.InvalidateConfigBlock(h, vf, 2);
            yield return new Command.InvalidateConfigBlock(h, vf, 3);
            yield return new Command.ResetVf(h, vf);
            yield return new Command.SetVfPowerState(h, vf, true);
            yield return new Command.SetVfPowerState(h, vf, false);
        }
    }

    /// <summary>
    /// The PF's lifecycle and capability commands per host, and per OID kind a well-framed request and one of each framing
    /// fault: a buffer one byte short, a header of another type, a revision below the lowest, a size below the revision's.
    /// </summary>
    private static IEnumerable<Command> PfCandidates(ModelConfig config)
    {
        for (var h = 0; h < config.HostCount; h++)
        {
            yield return new Command.PfHalt(h);
            yield return new Command.PfInitialize(h);
            yield return new Command.PfReset(h);
            yield return new Command.ReadSriovCapability(h);
            yield return new Command.QuerySriovCapabilities(h);
            foreach (var kind in Enum.GetValues<FramedOidKind>())
            {
                var s = NdisStructures.Of(kind)!;
                var id = kind switch
                {
                    FramedOidKind.CreateSwitch => config.NumVfs,
                    FramedOidKind.SetVPortState or FramedOidKind.DeleteVPort or FramedOidKind.ClearFilter or FramedOidKind.MoveFilter => 1,
                    _ => 0,
                };
                yield return new Command.FramedOid(h, kind, id, s.SizeBytes, NdisStructureInfo.ObjectTypeDefault, s.ImplementedRevision, s.ImplementedRevisionSizeBytes);
                yield return new Command.FramedOid(h, kind, id, s.LeastBufferBytes - 1, NdisStructureInfo.ObjectTypeDefault, s.ImplementedRevision, s.ImplementedRevisionSizeBytes);
                yield return new Command.FramedOid(h, kind, id, s.SizeBytes, NdisStructureInfo.ObjectTypeDefault + 1, s.ImplementedRevision, s.ImplementedRevisionSizeBytes);
                yield return new Command.FramedOid(h, kind, id, s.SizeBytes, NdisStructureInfo.ObjectTypeDefault, s.LowestRevision - 1, s.ImplementedRevisionSizeBytes);
                yield return new Command.FramedOid(h, kind, id, s.SizeBytes, NdisStructureInfo.ObjectTypeDefault, s.ImplementedRevision, s.LowestRevisionSizeBytes - 1);
            }
        }
    }

    /// <summary>
    /// OID_NIC_SWITCH_VPORT_PARAMETERS on one VPort: every field flagged to a second setting and back to the created one,
    /// the second setting with no flag (ignored) and with only NAME_CHANGED, an undefined interrupt moderation and an
    /// undefined change flag (refused).
    /// </summary>
    private static IEnumerable<Command> VPortParameterCandidates(int h, int p)
    {
        const int all = Command.SetVPortParameters.NameChanged | Command.SetVPortParameters.InterruptModerationChanged
            | Command.SetVPortParameters.ProcessorAffinityChanged | Command.SetVPortParameters.FlagsChanged;
        const int off = Command.SetVPortParameters.ModerationOff;
        yield return new Command.SetVPortParameters(h, p, all, 1, off, 0x1, true, 128);
        yield return new Command.SetVPortParameters(h, p, all, 0, Command.SetVPortParameters.ModerationAdaptive, 0, false, 0);
        yield return new Command.SetVPortParameters(h, p, 0, 1, off, 0x1, true, 128);
        yield return new Command.SetVPortParameters(h, p, Command.SetVPortParameters.NameChanged, 1, off, 0x1, true, 128);
        yield return new Command.SetVPortParameters(h, p, Command.SetVPortParameters.InterruptModerationChanged, 0, 7, 0, false, 0);
        yield return new Command.SetVPortParameters(h, p, 0x0100_0000, 0, off, 0, false, 0);
    }

    /// <summary>The VLAN domain: 0 and every VM's VLAN, ascending, distinct.</summary>
    public static IReadOnlyList<int> VlanDomain(ModelConfig config)
    {
        var set = new SortedSet<int> { 0 };
        for (var v = 0; v < config.VmCount; v++)
        {
            set.Add(config.VlanOf(v));
        }

        return [.. set];
    }

    private static int[] QueuePairDomain(ModelConfig config)
    {
        var max = config.MaxNumQueuePairsPerNonDefaultVPort;
        return max == 1 ? [1, 2] : [1, max, max + 1];
    }

    private static int UndefinedBlockId(ModelConfig config)
    {
        var id = 0;
        foreach (var block in config.ConfigBlocks)
        {
            id = Math.Max(id, block.BlockId + 1);
        }

        return id;
    }
}
