// The PF's own lifecycle: halt, initialize, reset, its SR-IOV capability and framed OIDs.
using System.Globalization;

namespace SriovVerification.Model;

/// <summary>
/// The PF's own lifecycle (halt, initialize, reset), its SR-IOV capability, and OID requests whose information buffer
/// and NDIS header the caller states (<c>docs/MODEL.md</c>, "The PF").
/// </summary>
public static partial class SriovModel
{
    /// <summary>The VF BAR0 … BAR5 registers of the SR-IOV capability: BAR0 a 64-bit prefetchable memory BAR (with BAR1 its upper half).</summary>
    public static readonly ValueArray<uint> VfBars = [0x0000_000C, 0, 0, 0, 0, 0];

    /// <summary>The order of the capability accesses that enable VFs (spec section 4): NumVFs written, offset and stride read, then VF Enable.</summary>
    public const string EnableOrder = "NumVFs,FirstVFOffset,VFStride,VFEnable";

    /// <summary>The <c>NDIS_SRIOV_CAPS_*</c> flags a PF miniport reports (spec section 1), without the prefix.</summary>
    public static readonly ValueArray<string> PfSriovCaps = ["SRIOV_SUPPORTED", "PF_MINIPORT"];

    /// <summary>
    /// The SR-IOV capability of <paramref name="host"/> as <see cref="Command.ReadSriovCapability"/> reads it, one
    /// <c>Field=value</c> entry per register: TotalVFs and InitialVFs (a device without VF migration has InitialVFs =
    /// TotalVFs), NumVFs and VF Enable from the state, VF MSE set with VF Enable, First VF Offset and VF Stride from the
    /// configuration's table for that NumVFs, VF Device ID, System Page Size, VF BAR0–5, and the enable order.
    /// </summary>
    public static ValueArray<string> CapabilityOf(ModelConfig config, HostState host)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(host);
        return CapabilityEntries(
            config.TotalVfs, config.TotalVfs, host.NumVfs, host.VfEnable, host.VfEnable, config.FirstVfOffsetFor(host.NumVfs), config.VfStrideFor(host.NumVfs),
            config.VfDeviceId, config.SystemPageSize, VfBars.Items, host.VfEnable ? EnableOrder : "-");
    }

    /// <summary>The capability read's entries from register values, as model and harness print them (<see cref="CapabilityOf"/>).</summary>
    public static ValueArray<string> CapabilityEntries(
        int totalVfs, int initialVfs, int numVfs, bool vfEnable, bool vfMemorySpaceEnable, int firstVfOffset, int vfStride, int vfDeviceId,
        int systemPageSize, IReadOnlyList<uint> vfBars, string enableOrder)
    {
        ArgumentNullException.ThrowIfNull(vfBars);
        var entries = new List<string>
        {
            "TotalVFs=" + Dec(totalVfs),
            "InitialVFs=" + Dec(initialVfs),
            "NumVFs=" + Dec(numVfs),
            "VFEnable=" + (vfEnable ? "1" : "0"),
            "VFMSE=" + (vfMemorySpaceEnable ? "1" : "0"),
            "FirstVFOffset=" + Dec(firstVfOffset),
            "VFStride=" + Dec(vfStride),
            "VFDeviceID=0x" + vfDeviceId.ToString("X4", CultureInfo.InvariantCulture),
            "SystemPageSize=0x" + systemPageSize.ToString("X8", CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < vfBars.Count; i++)
        {
            entries.Add("VFBAR" + Dec(i) + "=0x" + vfBars[i].ToString("X8", CultureInfo.InvariantCulture));
        }

        entries.Add("EnableOrder=" + enableOrder);
        return ValueArray.Create<string>(entries.ToArray());
    }

    /// <summary>
    /// The canonical request a <see cref="Command.FramedOid"/> carries: <see cref="Command.FramedOid.Id"/> names NumVFs
    /// (CREATE_SWITCH), the SwitchId, the VM (ALLOCATE_VF), the function (CREATE_VPORT), the VPortId, the FilterId (MOVE:
    /// from the default VPort to VPort 1) or the VFId; SET_FILTER tests the foreign MAC untagged, VPORT_PARAMETERS
    /// activates, config space reads 4 bytes at 0 and writes Bus Master (0x0004 at 0x04), config blocks move 4 bytes of
    /// the first block (writes fill 0xA5), SET_VF_POWER_STATE asks for D0. Null for an undefined kind.
    /// </summary>
    public static Command? FramedBody(ModelConfig config, Command.FramedOid c)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(c);
        var block = config.ConfigBlocks.Length > 0 ? config.ConfigBlocks[0].BlockId : 0;
        return c.Oid switch
        {
            FramedOidKind.CreateSwitch => new Command.CreateSwitch(c.Host, c.Id),
            FramedOidKind.DeleteSwitch => new Command.DeleteSwitch(c.Host, c.Id),
            FramedOidKind.AllocateVf => new Command.AllocateVf(c.Host, c.Id),
            FramedOidKind.FreeVf => new Command.FreeVf(c.Host, c.Id),
            FramedOidKind.CreateVPort => new Command.CreateVPort(c.Host, c.Id, 1),
            FramedOidKind.SetVPortState => new Command.SetVPortState(c.Host, c.Id, true),
            FramedOidKind.DeleteVPort => new Command.DeleteVPort(c.Host, c.Id),
            FramedOidKind.SetFilter => new Command.SetFilter(c.Host, c.Id, config.VmCount, 0),
            FramedOidKind.ClearFilter => new Command.ClearFilter(c.Host, c.Id),
            FramedOidKind.MoveFilter => new Command.MoveFilter(c.Host, c.Id, 0, 1),
            FramedOidKind.ReadVfConfigSpace => new Command.ReadVfConfigSpace(c.Host, c.Id, 0, 4, 0, 4),
            FramedOidKind.WriteVfConfigSpace => new Command.WriteVfConfigSpace(c.Host, c.Id, 0x04, 2, 0, 2, VfConfigSpace.CommandBusMasterEnable),
            FramedOidKind.ReadVfConfigBlock => new Command.ReadVfConfigBlock(c.Host, c.Id, block, 4),
            FramedOidKind.WriteVfConfigBlock => new Command.WriteVfConfigBlock(c.Host, c.Id, block, 4, 0xA5),
            FramedOidKind.ResetVf => new Command.ResetVf(c.Host, c.Id),
            FramedOidKind.SetVfPowerState => new Command.SetVfPowerState(c.Host, c.Id, false),
            _ => null,
        };
    }

    /// <summary>Bytes of the canonical body after its structure (the field test, the config-space or config-block data).</summary>
    public static int FramedTrailingBytes(FramedOidKind kind) => kind switch
    {
        FramedOidKind.SetFilter => NdisStructures.ReceiveFilterFieldSizeBytes,
        FramedOidKind.ReadVfConfigSpace or FramedOidKind.ReadVfConfigBlock or FramedOidKind.WriteVfConfigBlock => 4,
        FramedOidKind.WriteVfConfigSpace => 2,
        _ => 0,
    };

    private static Transition FramedOid(ModelConfig config, ModelState state, Command.FramedOid c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        if (NdisStructures.Of(c.Oid) is not { } s || FramedBody(config, c) is not { } body)
        {
            return Refuse(state, NdisStatus.NotSupported, "no such OID");
        }

        // NDIS rules (spec section 2): a buffer shorter than the structure is INVALID_LENGTH with BytesNeeded; a header of
        // another type, a lower revision, a size below that revision's NDIS_SIZEOF_… or beyond the buffer is INVALID_PARAMETER.
        if (c.BufferLength < s.LeastBufferBytes)
        {
            return new Transition(
                Outcome.RefusedWith(NdisStatus.InvalidLength, $"information buffer of {Dec(c.BufferLength)} bytes, {s.Name} needs {Dec(s.LeastBufferBytes)}", new OutcomeData.LengthNeeded(s.ImplementedRevisionSizeBytes)),
                state);
        }

        var available = c.BufferLength < s.SizeBytes ? c.BufferLength : s.SizeBytes + FramedTrailingBytes(c.Oid);
        var type = c.HeaderType & 0xFF;
        var revision = c.HeaderRevision & 0xFF;
        var size = c.HeaderSize & 0xFFFF;
        if (type != NdisStructureInfo.ObjectTypeDefault)
        {
            return Refuse(state, NdisStatus.InvalidParameter, $"header type 0x{type:X2} is not NDIS_OBJECT_TYPE_DEFAULT");
        }

        if (revision < s.LowestRevision)
        {
            return Refuse(state, NdisStatus.InvalidParameter, $"header revision {Dec(revision)} below {s.Name} revision {Dec(s.LowestRevision)}");
        }

        if (size < s.LowestRevisionSizeBytes || size > available)
        {
            return Refuse(state, NdisStatus.InvalidParameter, $"header size {Dec(size)} outside {Dec(s.LowestRevisionSizeBytes)} … {Dec(available)} (the revision's size … the buffer)");
        }

        return Apply(config, state, body);
    }

    private static Transition PfHalt(ModelConfig config, ModelState state, Command.PfHalt c)
    {
        if (PfHostRefused(state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var context = new SwitchContext(config, host, 0, true, 0);
        var fired = ModelMachines.NicSwitch.Fire(SwitchTrigger.PfHalt, context);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, SwitchSubject(c.Host));
        }

        // The stack's order: guests off their VFs, filters cleared (VM adapters disconnected), nondefault VPorts deleted,
        // VFs reset and freed, DELETE_SWITCH (VF Enable cleared, NumVFs = 0), then the halt.
        var next = state;
        for (var v = 0; v < state.Vms.Length; v++)
        {
            var vm = state.Vms[v];
            if (vm.Host == c.Host && (vm.Connected || vm.DataPath == DataPath.Vf))
            {
                next = WithVm(next, v, vm with { DataPath = DataPath.Synthetic, Connected = false });
            }
        }

        var halted = host with { Switches = [], NumVfs = 0, VfEnable = false, Vfs = [], VPorts = [], Filters = [], Halted = true };
        ModelMachines.NicSwitch.Arrive(fired, context, ModelMachines.SwitchPhaseOf(halted));
        return Accept(WithHost(next, c.Host, halted));
    }

    private static Transition PfInitialize(ModelConfig config, ModelState state, Command.PfInitialize c)
    {
        if (PfHostRefused(state, c.Host, out var refusal, haltedRefused: false))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var context = new SwitchContext(config, host, 0, true, 0);
        var fired = ModelMachines.NicSwitch.Fire(SwitchTrigger.PfInitialize, context);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, SwitchSubject(c.Host));
        }

        var initialized = host with { Halted = false };
        ModelMachines.NicSwitch.Arrive(fired, context, ModelMachines.SwitchPhaseOf(initialized));
        return Accept(WithHost(state, c.Host, initialized));
    }

    private static Transition PfReset(ModelConfig config, ModelState state, Command.PfReset c)
    {
        if (PfHostRefused(state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var context = new SwitchContext(config, host, 0, true, 0);
        var fired = ModelMachines.NicSwitch.Fire(SwitchTrigger.PfReset, context);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, SwitchSubject(c.Host));
        }

        // The reset: VF Enable and NumVFs cleared, every VF gone with the switch. The stack: VMs to the synthetic path.
        var next = state;
        for (var v = 0; v < state.Vms.Length; v++)
        {
            if (state.Vms[v].Host == c.Host && state.Vms[v].DataPath == DataPath.Vf)
            {
                next = WithVm(next, v, next.Vms[v] with { DataPath = DataPath.Synthetic });
            }
        }

        var reset = host with { Switches = [], NumVfs = 0, VfEnable = false, Vfs = [], VPorts = [], Filters = [] };
        if (host.Switches.Length > 0)
        {
            // The stack's recovery: the switch again with the NumVFs it had, then each connected VM's filter on VPort 0.
            var numVfs = host.Switches[0].NumVfs;
            var vfs = new VfState[numVfs];
            for (var i = 0; i < vfs.Length; i++)
            {
                vfs[i] = FreshVf(config, i);
            }

            reset = reset with
            {
                Switches = [new NicSwitchState(0, true, numVfs)],
                NumVfs = numVfs,
                VfEnable = true,
                Vfs = ValueArray.Create<VfState>(vfs),
                VPorts = [new VPortState(0, Command.CreateVPort.PfFunctionId, true, config.DefaultVPortQueuePairs)],
            };
            for (var v = 0; v < next.Vms.Length; v++)
            {
                var vm = next.Vms[v];
                if (vm.Host == c.Host && vm.Connected && !vm.Migrating)
                {
                    reset = InsertFilter(reset, new FilterState(SmallestFreeFilterId(reset), 0, ModelConfig.MacIndexOf(v), config.VlanOf(v), v));
                }
            }
        }

        ModelMachines.NicSwitch.Arrive(fired, context, ModelMachines.SwitchPhaseOf(reset));
        return Accept(WithHost(next, c.Host, reset));
    }

    private static Transition ReadSriovCapability(ModelConfig config, ModelState state, Command.ReadSriovCapability c)
    {
        if (c.Host < 0 || c.Host >= state.Hosts.Length)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "host out of range");
        }

        return Accept(state, new OutcomeData.Enumerated(CapabilityOf(config, state.Hosts[c.Host])));
    }

    private static Transition QuerySriovCapabilities(ModelConfig config, ModelState state, Command.QuerySriovCapabilities c) =>
        OidHostRefused(config, state, c.Host, out var refusal) ? refusal : Accept(state, new OutcomeData.Enumerated(PfSriovCaps));

    /// <summary>The prologue of a PF lifecycle event: host in range and (unless <paramref name="haltedRefused"/> is false) not halted.</summary>
    private static bool PfHostRefused(ModelState state, int host, out Transition refusal, bool haltedRefused = true)
    {
        if (host < 0 || host >= state.Hosts.Length)
        {
            refusal = Refuse(state, NdisStatus.InvalidDeviceRequest, "host out of range");
            return true;
        }

        if (haltedRefused && state.Hosts[host].Halted)
        {
            refusal = Refuse(state, NdisStatus.InvalidDeviceRequest, $"the PF of host {host} is halted");
            return true;
        }

        refusal = null!;
        return false;
    }

    private static string Dec(int value) => value.ToString(CultureInfo.InvariantCulture);
}
