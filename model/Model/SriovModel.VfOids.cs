// The per-VF OID requests to the PF miniport: config space, config blocks, invalidations, FLR and power state.

namespace SriovVerification.Model;

/// <content>The OID requests on one VF through its PF (<c>docs/MODEL.md</c>, "OID requests to the PF miniport").</content>
public static partial class SriovModel
{
    /// <summary>The prologue of a per-VF OID: host, SR-IOV, switch, VF allocated (fires <see cref="VfTrigger.PfOperation"/>).</summary>
    private static bool VfOidRefused(ModelConfig config, ModelState state, int hostIndex, int vfId, out Transition refusal) =>
        VfOidRefused(config, state, hostIndex, vfId, out refusal, out _);

    /// <summary>As the other overload; <paramref name="step"/> is the ignored PfOperation step, for the self-check of a changing OID.</summary>
    private static bool VfOidRefused(ModelConfig config, ModelState state, int hostIndex, int vfId, out Transition refusal, out FireResult<VfPhase, VfTrigger> step)
    {
        step = default;
        if (OidHostRefused(config, state, hostIndex, out refusal))
        {
            return true;
        }

        var host = state.Hosts[hostIndex];
        if (host.Switches.Length == 0 || vfId < 0 || vfId >= host.Vfs.Length)
        {
            refusal = Refuse(state, NdisStatus.InvalidParameter, "no switch, or VF out of range");
            return true;
        }

        var fired = ModelMachines.VfLifecycle.Fire(VfTrigger.PfOperation, new VfContext(config, state, hostIndex, vfId));
        step = fired;
        if (!fired.IsSuccess)
        {
            refusal = RefuseFromMachine(state, fired, NdisStatus.InvalidParameter, VfSubject(hostIndex, vfId));
            return true;
        }

        return false;
    }

    private static bool ConfigSpaceAccessRefused(ModelConfig config, ModelState state, int offset, int length, int bufferOffset, int bufferLength, out Transition refusal)
    {
        if (offset < 0 || length <= 0 || bufferOffset < 0 || bufferLength < 0)
        {
            refusal = Refuse(state, NdisStatus.InvalidParameter, "negative offset, length or buffer, or zero length");
            return true;
        }

        if ((long)offset + length > config.VfConfigSpaceSizeBytes)
        {
            refusal = Refuse(state, NdisStatus.InvalidParameter, "Offset + Length beyond the VF config space");
            return true;
        }

        if ((long)bufferOffset + length > bufferLength)
        {
            refusal = Refuse(state, NdisStatus.InvalidParameter, "BufferOffset + Length beyond the buffer");
            return true;
        }

        refusal = null!;
        return false;
    }

    private static Transition ReadVfConfigSpace(ModelConfig config, ModelState state, Command.ReadVfConfigSpace c)
    {
        if (VfOidRefused(config, state, c.Host, c.VfId, out var refusal)
            || ConfigSpaceAccessRefused(config, state, c.Offset, c.Length, c.BufferOffset, c.BufferLength, out refusal))
        {
            return refusal;
        }

        return Accept(state, new OutcomeData.ConfigSpaceRead(VfConfigSpace.Read(state.Hosts[c.Host].Vfs[c.VfId], c.Offset, c.Length)));
    }

    private static Transition WriteVfConfigSpace(ModelConfig config, ModelState state, Command.WriteVfConfigSpace c)
    {
        if (VfOidRefused(config, state, c.Host, c.VfId, out var refusal, out var step)
            || ConfigSpaceAccessRefused(config, state, c.Offset, c.Length, c.BufferOffset, c.BufferLength, out refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var vf = host.Vfs[c.VfId];
        var written = VfConfigSpace.Write(vf, c.Offset, c.Length, c.Value);
        return Accept(written == vf ? state : ArriveVf(step, new VfContext(config, state, c.Host, c.VfId), WithHost(state, c.Host, WithVf(host, written))));
    }

    private static int BlockIndex(ModelConfig config, int blockId)
    {
        var blocks = config.ConfigBlocks.Items;
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].BlockId == blockId)
            {
                return i;
            }
        }

        return -1;
    }

    private static Transition ReadVfConfigBlock(ModelConfig config, ModelState state, Command.ReadVfConfigBlock c)
    {
        if (VfOidRefused(config, state, c.Host, c.VfId, out var refusal))
        {
            return refusal;
        }

        var index = BlockIndex(config, c.BlockId);
        if (index < 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "config block not defined");
        }

        if (c.Length < 1 || c.Length > config.ConfigBlocks[index].SizeBytes)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "length outside 1 … block size");
        }

        var blocks = state.Hosts[c.Host].Vfs[c.VfId].ConfigBlocks;
        return Accept(state, new OutcomeData.ConfigBlockRead(index < blocks.Length ? blocks[index] : (byte)0));
    }

    private static Transition WriteVfConfigBlock(ModelConfig config, ModelState state, Command.WriteVfConfigBlock c)
    {
        if (VfOidRefused(config, state, c.Host, c.VfId, out var refusal, out var step))
        {
            return refusal;
        }

        var index = BlockIndex(config, c.BlockId);
        if (index < 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "config block not defined");
        }

        if (c.Length != config.ConfigBlocks[index].SizeBytes)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "length is not the block size");
        }

        var host = state.Hosts[c.Host];
        var vf = host.Vfs[c.VfId];
        if (index >= vf.ConfigBlocks.Length || vf.ConfigBlocks[index] == c.Value)
        {
            return Accept(state);
        }

        return Accept(ArriveVf(step, new VfContext(config, state, c.Host, c.VfId), WithHost(state, c.Host, WithVf(host, vf with { ConfigBlocks = vf.ConfigBlocks.SetItem(index, c.Value) }))));
    }

    private static Transition InvalidateConfigBlock(ModelConfig config, ModelState state, Command.InvalidateConfigBlock c)
    {
        if (VfOidRefused(config, state, c.Host, c.VfId, out var refusal, out var step))
        {
            return refusal;
        }

        if (c.Mask == 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "mask = 0");
        }

        var host = state.Hosts[c.Host];
        var vf = host.Vfs[c.VfId];
        var pending = vf.PendingInvalidation | c.Mask;
        return Accept(pending == vf.PendingInvalidation ? state : ArriveVf(step, new VfContext(config, state, c.Host, c.VfId), WithHost(state, c.Host, WithVf(host, vf with { PendingInvalidation = pending }))));
    }

    private static Transition ResetVf(ModelConfig config, ModelState state, Command.ResetVf c)
    {
        if (VfOidRefused(config, state, c.Host, c.VfId, out var refusal, out var step))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var vf = host.Vfs[c.VfId];
        var reset = FunctionLevelReset(vf);
        return Accept(reset == vf ? state : ArriveVf(step, new VfContext(config, state, c.Host, c.VfId), WithHost(state, c.Host, WithVf(host, reset))));
    }

    /// <summary>FLR: Command register 0, MSI and MSI-X off, no pending interrupt, no DMA; nothing else changes.</summary>
    private static VfState FunctionLevelReset(VfState vf) =>
        vf.CommandRegister == 0 && !vf.MsixEnabled && !vf.MsiEnabled && !vf.InterruptPending && !vf.DmaActive
            ? vf
            : vf with { CommandRegister = 0, MsixEnabled = false, MsiEnabled = false, InterruptPending = false, DmaActive = false };

    private static Transition SetVfPowerState(ModelConfig config, ModelState state, Command.SetVfPowerState c)
    {
        if (VfOidRefused(config, state, c.Host, c.VfId, out var refusal, out var step))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var vf = host.Vfs[c.VfId];
        return Accept(vf.PowerD3 == c.D3 ? state : ArriveVf(step, new VfContext(config, state, c.Host, c.VfId), WithHost(state, c.Host, WithVf(host, vf with { PowerD3 = c.D3 }))));
    }
}
