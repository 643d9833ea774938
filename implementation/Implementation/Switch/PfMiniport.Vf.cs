// Switch room: the PF miniport's VF OIDs: allocation, FLR, power, configuration space and configuration blocks.
using SriovVerification.Implementation.Pci;

namespace SriovVerification.Implementation.Switch;

/// <content>The VF OIDs: allocation, FLR, power, configuration space and configuration blocks.</content>
public sealed partial class PfMiniport
{
    private OidResult AllocateVf(OidRequest request)
    {
        var status = Parse<NdisNicSwitchVfParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"VMName={p.VMName}";
        if (!switchExists || p.SwitchId != (uint)switchId)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (p.VFId != NdisConstants.InvalidVfFunctionId || p.RequestorId != NdisConstants.InvalidRid || p.VMName.Length == 0)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (p.HasMalformedString || p.MacAddressLength != MacAddress.SizeBytes || !p.CurrentMacAddress.IsUnicast)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (vfs.Any(v => v.IsAllocated && v.OwnerVmName == p.VMName))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        var vf = vfs.FirstOrDefault(v => !v.IsAllocated);
        if (vf is null)
        {
            return Complete(request, NdisStatus.Resources);
        }

        vf.OwnerVmName = p.VMName;
        vf.Rid = vf.RoutingId;
        vf.MacAddress = p.CurrentMacAddress;
        vf.NicName = p.NicName;
        logParameters += $" VFId={vf.VfId} RequestorId=0x{vf.Rid:X4}";
        return Complete(request, NdisStatus.Success, WriteOutput(request, p with { VFId = (ushort)vf.VfId, RequestorId = (uint)vf.Rid }));
    }

    private OidResult FreeVf(OidRequest request)
    {
        var status = Parse<NdisNicSwitchFreeVfParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"VFId={p.VFId}";
        var vf = AllocatedVf(p.VFId);
        if (vf is null)
        {
            return Complete(request, NdisStatus.FileNotFound);
        }

        if (!options.Has(DefectCatalog.FreeVfWithVPort) && VPortOf(vf) is not null)
        {
            return Complete(request, NdisStatus.FileNotFound);
        }

        if (options.Has(DefectCatalog.SurpriseRemovedVfNeverFreed) && vf.SurpriseRemovedSinceAllocation)
        {
            // The defect: the miniport still waits for the removed VF's outstanding DMA, which never completes.
            return Complete(request, NdisStatus.Failure);
        }

        Scrub(vf);
        return Complete(request, NdisStatus.Success);
    }

    /// <summary>Returns a freed VF slot to its initial state, leaving nothing of the previous tenant.</summary>
    private void Scrub(VirtualFunction vf)
    {
        vf.OwnerVmName = "";
        vf.Rid = 0;
        vf.Device = VfDeviceState.Absent;
        vf.RemovalDeadlineTicks = null;
        vf.InterruptPending = false;
        vf.DmaActive = false;
        vf.PowerD3 = false;
        vf.SurpriseRemovedSinceAllocation = false;
        vf.ClearSpoofedFrames();
        vfConfigSpaces.RestoreDefaults(vf.VfId);
        if (options.Has(DefectCatalog.VfReuseWithoutScrub))
        {
            return;
        }

        vf.MacAddress = default;
        vf.NicName = "";
        foreach (var block in vf.ConfigBlocks)
        {
            Array.Clear(block);
        }

        vf.PendingInvalidation = 0;
    }

    private OidResult ResetVf(OidRequest request)
    {
        if (options.Has(DefectCatalog.SeamResetVfThrows))
        {
            throw new IOException($"OID_SRIOV_RESET_VF of {request.InformationBuffer.Length} bytes: the FLR register window is unmapped");
        }

        var status = Parse<NdisSriovResetVfParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"VFId={p.VFId}";
        var vf = AllocatedVf(p.VFId);
        if (vf is null)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        var deviceControl = ReadVfWord(vf.VfId, PciRegisters.PcieDeviceControl) | PciRegisters.DeviceControlInitiateFlr;
        bool reset;
        if (options.Has(DefectCatalog.ResetVfNoop))
        {
            // Initiate FLR written through the same masked path as OID_SRIOV_WRITE_VF_CONFIG_SPACE: the bit is not writable there.
            Span<byte> word = [(byte)deviceControl, (byte)(deviceControl >> 8)];
            vfConfigSpaces.WriteMaskedAbsolute((vf.VfId * (long)vfConfigSpaces.SizeBytes) + PciRegisters.PcieDeviceControl, word);
            reset = false;
        }
        else
        {
            var msiControl = ReadVfWord(vf.VfId, PciRegisters.MsiMessageControl);
            reset = vfConfigSpaces.WriteDeviceControl(vf.VfId, deviceControl);
            if (reset && options.Has(DefectCatalog.FlrLeavesMsiEnabled) && (msiControl & PciRegisters.MsiEnable) != 0)
            {
                // The reset restores the capability list from a copy taken with the MSI enable bit the VF had.
                Span<byte> control = [(byte)msiControl, (byte)(msiControl >> 8)];
                vfConfigSpaces.WriteMaskedAbsolute((vf.VfId * (long)vfConfigSpaces.SizeBytes) + PciRegisters.MsiMessageControl, control);
            }
        }

        if (reset)
        {
            vf.InterruptPending = false;
            vf.DmaActive = false;
        }

        return Complete(request, NdisStatus.Success);
    }

    private int ReadVfWord(int vfId, int offset)
    {
        Span<byte> word = stackalloc byte[2];
        vfConfigSpaces.ReadAbsolute((vfId * (long)vfConfigSpaces.SizeBytes) + offset, word);
        return word[0] | (word[1] << 8);
    }

    private OidResult SetVfPowerState(OidRequest request)
    {
        var status = Parse<NdisSriovSetVfPowerStateParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"VFId={p.VFId} PowerState={(p.PowerState == NdisConstants.DeviceStateD3 ? "D3" : "D0")}";
        var vf = AllocatedVf(p.VFId);
        if (vf is null || (p.PowerState != NdisConstants.DeviceStateD0 && p.PowerState != NdisConstants.DeviceStateD3))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        vf.PowerD3 = p.PowerState == NdisConstants.DeviceStateD3;
        return Complete(request, NdisStatus.Success);
    }

    private NdisStatus CheckConfigSpaceAccess(OidRequest request, uint vfId, int offset, int length, int bufferOffset, int structureSizeBytes, out VirtualFunction? vf)
    {
        vf = AllocatedVf(vfId);
        if (vf is null)
        {
            return NdisStatus.InvalidParameter;
        }

        if (offset < 0 || length <= 0 || bufferOffset < structureSizeBytes)
        {
            return NdisStatus.InvalidParameter;
        }

        if (options.Has(DefectCatalog.ConfigSpaceNoBoundsCheck))
        {
            return NdisStatus.Success;
        }

        if ((long)offset + length > vfConfigSpaces.SizeBytes || (long)bufferOffset + length > request.InformationBufferLength)
        {
            return NdisStatus.InvalidParameter;
        }

        return NdisStatus.Success;
    }

    private OidResult ReadVfConfigSpace(OidRequest request)
    {
        var status = Parse<NdisSriovReadVfConfigSpaceParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"VFId={p.VFId} Offset=0x{p.Offset:X} Length={p.Length}";
        var (offset, length, bufferOffset) = Signed(p.Offset, p.Length, p.BufferOffset);
        status = CheckConfigSpaceAccess(request, p.VFId, offset, length, bufferOffset, NdisSriovReadVfConfigSpaceParameters.SizeBytes, out var vf);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status);
        }

        var data = new byte[length];
        vfConfigSpaces.ReadAbsolute((vf!.VfId * (long)vfConfigSpaces.SizeBytes) + offset, data);
        var copied = CopyInto(request.InformationBuffer, bufferOffset, data);
        return Complete(request, NdisStatus.Success, bufferOffset + copied);
    }

    private OidResult WriteVfConfigSpace(OidRequest request)
    {
        var status = Parse<NdisSriovWriteVfConfigSpaceParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"VFId={p.VFId} Offset=0x{p.Offset:X} Length={p.Length}";
        var (offset, length, bufferOffset) = Signed(p.Offset, p.Length, p.BufferOffset);
        status = CheckConfigSpaceAccess(request, p.VFId, offset, length, bufferOffset, NdisSriovWriteVfConfigSpaceParameters.SizeBytes, out var vf);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status);
        }

        var data = new byte[length];
        for (var i = 0; i < data.Length; i++)
        {
            var at = (long)bufferOffset + i;
            data[i] = at < request.InformationBuffer.Length ? request.InformationBuffer[at] : (byte)0;
        }

        vfConfigSpaces.WriteMaskedAbsolute((vf!.VfId * (long)vfConfigSpaces.SizeBytes) + offset, data);
        return Complete(request, NdisStatus.Success);
    }

    /// <summary>
    /// The ULONG Offset, Length and BufferOffset of a config-space or config-block request as signed values: a value
    /// of 2^31 or more reads as negative and is refused by the checks below like any other out-of-range value.
    /// </summary>
    private static (int Offset, int Length, int BufferOffset) Signed(uint offset, uint length, uint bufferOffset) =>
        (unchecked((int)offset), unchecked((int)length), unchecked((int)bufferOffset));

    /// <summary>Copies <paramref name="data"/> into the buffer at <paramref name="offset"/>, as far as the array reaches.</summary>
    private static int CopyInto(byte[] buffer, int offset, byte[] data)
    {
        var count = (int)Math.Clamp((long)buffer.Length - offset, 0, data.Length);
        data.AsSpan(0, count).CopyTo(buffer.AsSpan(offset));
        return count;
    }

    private int BlockIndex(uint blockId)
    {
        for (var i = 0; i < options.ConfigBlocks.Count; i++)
        {
            if ((uint)options.ConfigBlocks[i].BlockId == blockId)
            {
                return i;
            }
        }

        return -1;
    }

    private OidResult ReadVfConfigBlock(OidRequest request)
    {
        var status = Parse<NdisSriovReadVfConfigBlockParameters>(request, out var raw, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        var (_, length, bufferOffset) = Signed(0, raw.Length, raw.BufferOffset);
        var p = (raw.VFId, raw.BlockId, Length: length, BufferOffset: bufferOffset);

        logParameters = $"VFId={p.VFId} BlockId={p.BlockId} Length={p.Length}";
        var vf = AllocatedVf(p.VFId);
        var index = BlockIndex(p.BlockId);
        if (vf is null || index < 0 || p.Length < 1 || p.Length > options.ConfigBlocks[index].SizeBytes
            || p.BufferOffset < NdisSriovReadVfConfigBlockParameters.SizeBytes)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if ((long)p.BufferOffset + p.Length > request.InformationBufferLength)
        {
            return Complete(request, NdisStatus.InvalidLength, bytesNeeded: p.BufferOffset + p.Length);
        }

        vf.ConfigBlocks[index].AsSpan(0, p.Length).CopyTo(request.InformationBuffer.AsSpan(p.BufferOffset));
        return Complete(request, NdisStatus.Success, p.BufferOffset + p.Length);
    }

    private OidResult WriteVfConfigBlock(OidRequest request)
    {
        var status = Parse<NdisSriovWriteVfConfigBlockParameters>(request, out var raw, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        var (_, length, bufferOffset) = Signed(0, raw.Length, raw.BufferOffset);
        var p = (raw.VFId, raw.BlockId, Length: length, BufferOffset: bufferOffset);

        logParameters = $"VFId={p.VFId} BlockId={p.BlockId} Length={p.Length}";
        var vf = AllocatedVf(p.VFId);
        var index = BlockIndex(p.BlockId);
        if (vf is null || index < 0 || p.Length != options.ConfigBlocks[index].SizeBytes
            || p.BufferOffset < NdisSriovWriteVfConfigBlockParameters.SizeBytes)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if ((long)p.BufferOffset + p.Length > request.InformationBufferLength)
        {
            return Complete(request, NdisStatus.InvalidLength, bytesNeeded: p.BufferOffset + p.Length);
        }

        request.InformationBuffer.AsSpan(p.BufferOffset, p.Length).CopyTo(vf.ConfigBlocks[index]);
        return Complete(request, NdisStatus.Success);
    }

    /// <summary>
    /// <c>NdisMInvalidateConfigBlock</c>: the PF miniport posts an invalidation of the blocks in <paramref name="blockMask"/>
    /// for the VF miniport of <paramref name="vfId"/>; posted masks accumulate until the VF miniport takes them.
    /// </summary>
    public NdisStatus InvalidateConfigBlock(int vfId, ulong blockMask)
    {
        AssertInvariants();
        logParameters = $"VFId={vfId} BlockMask=0x{blockMask:X}";
        NdisStatus status;
        var vf = vfId < 0 ? null : AllocatedVf((uint)vfId);
        if (halted && !options.Has(DefectCatalog.OidReachesHaltedPf))
        {
            oidsRefusedAfterHalt++;
            status = NdisStatus.InvalidDeviceRequest;
        }
        else if (!options.SriovEnabled)
        {
            status = NdisStatus.NotSupported;
        }
        else if (vf is null || blockMask == 0)
        {
            status = NdisStatus.InvalidParameter;
        }
        else
        {
            vf.PendingInvalidation = options.Has(DefectCatalog.InvalidationMaskOverwrite) ? blockMask : vf.PendingInvalidation | blockMask;
            status = NdisStatus.Success;
        }

        Log("NdisMInvalidateConfigBlock", status);
        AssertInvariants();
        return status;
    }
}
