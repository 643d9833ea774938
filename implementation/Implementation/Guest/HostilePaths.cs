// Guest room: what a hostile guest reaches: its VF's configuration space and blocks through the VPCI path, and frames; every attempt recorded.
using System.Globalization;
using SriovVerification.Implementation.Frames;
using SriovVerification.Implementation.Host;
using SriovVerification.Implementation.Snapshots;

namespace SriovVerification.Implementation.Guest;

/// <summary>
/// The paths a hostile guest has: its VF's configuration space and configuration blocks as the VPCI VSP forwards them
/// to the PF miniport, and frames through the NIC switch. Every attempt is recorded with its outcome.
/// </summary>
internal sealed class HostilePaths(Fabric fabric, NicSwitchForwarding forwarding)
{
    private readonly AppendOnlyLog<HostileAttempt> attempts = new();

    /// <summary>Every attempt so far, in order.</summary>
    public IReadOnlyList<HostileAttempt> Attempts => attempts;

    /// <summary>The VM's VF as its guest sees it: present only while the VF device is in the guest.</summary>
    private (HostStack Host, VirtualFunction Vf)? GuestVisibleVf(VirtualMachine v) =>
        !v.Migrating && fabric.Hosts[v.Host].VfOf(v) is { Device: not VfDeviceState.Absent } vf ? (fabric.Hosts[v.Host], vf) : null;

    public AdapterResult ConfigSpace(int vm, HostileAttemptKind kind, int offset, int length, uint value)
    {
        var v = fabric.Vms[vm];
        var detail = string.Create(CultureInfo.InvariantCulture, $"Offset={offset} Length={length} Value=0x{value:X}");
        if (GuestVisibleVf(v) is not var (host, vf))
        {
            return Record(vm, kind, Fabric.InvalidDeviceRequest("no VF device in the guest"), detail);
        }

        // The VSP allocates the transfer buffer, so it forwards only lengths a configuration space can hold; the offset is
        // the miniport's to check.
        if (length < 1 || length > host.Miniport.Options.VfConfigSpaceSizeBytes)
        {
            return Record(vm, kind, AdapterResult.Refused(NdisStatus.InvalidParameter, "access length outside the configuration space size"), detail);
        }

        var write = kind != HostileAttemptKind.ConfigSpaceRead;
        var result = host.Miniport.Request(NdisRequests.VfConfigSpace(write, vf.VfId, offset, length, 0, length, value));
        return Record(vm, kind, result.IsSuccess ? AdapterResult.Ok : AdapterResult.Refused(result.Status, $"config-space access completed with {result.Status}"), detail);
    }

    public AdapterResult ConfigBlock(int vm, bool write, int blockId, int length, byte fill)
    {
        var v = fabric.Vms[vm];
        var kind = write ? HostileAttemptKind.ConfigBlockWrite : HostileAttemptKind.ConfigBlockRead;
        var detail = string.Create(CultureInfo.InvariantCulture, $"BlockId={blockId} Length={length}");
        if (GuestVisibleVf(v) is not var (host, vf))
        {
            return Record(vm, kind, Fabric.InvalidDeviceRequest("no VF device in the guest"), detail);
        }

        if (length < 0 || length > Datacenter.HostileConfigBlockLengthMaxBytes)
        {
            return Record(vm, kind, AdapterResult.Refused(NdisStatus.InvalidParameter, "block length beyond a VMBus message"), detail);
        }

        var request = write ? NdisRequests.WriteVfConfigBlock(vf.VfId, blockId, length, fill) : NdisRequests.ReadVfConfigBlock(vf.VfId, blockId, length);
        var result = host.Miniport.Request(request);
        return Record(vm, kind, result.IsSuccess ? AdapterResult.Ok : AdapterResult.Refused(result.Status, $"config-block access completed with {result.Status}"), detail);
    }

    public AdapterResult Frame(int vm, MacAddress source, MacAddress destination, int vlan)
    {
        var v = fabric.Vms[vm];
        var kind = source != v.MacAddress ? HostileAttemptKind.SpoofedSourceFrame
            : vlan != v.VlanId ? HostileAttemptKind.ForeignVlanFrame
            : HostileAttemptKind.FloodFrame;
        var result = forwarding.SendFrom(v, source, destination, vlan);
        var outcome = ((AdapterData.FrameRouted)result.Data!).Outcome;
        attempts.Add(new HostileAttempt(vm, kind, outcome.Fate == FrameFate.Dropped ? HostileAttemptOutcome.Dropped : HostileAttemptOutcome.Accepted,
            result.Status, $"Source={source} Destination={destination} Vlan={vlan.ToString(CultureInfo.InvariantCulture)}", outcome.FrameId));
        return result;
    }

    private AdapterResult Record(int vm, HostileAttemptKind kind, AdapterResult result, string detail)
    {
        attempts.Add(new HostileAttempt(vm, kind, result.IsSuccess ? HostileAttemptOutcome.Accepted : HostileAttemptOutcome.Refused, result.Status, detail, -1));
        return result;
    }
}
