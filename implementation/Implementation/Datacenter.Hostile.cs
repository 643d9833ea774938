using System.Globalization;

namespace SriovVerification.Implementation;

/// <content>Hostile guests: the VPCI configuration path and frames, with every attempt recorded.</content>
public sealed partial class Datacenter
{
    /// <summary>The longest configuration-block access the VPCI VSP forwards (a VMBus message is bounded).</summary>
    public const int HostileConfigBlockLengthMaxBytes = 64 * 1024;

    private readonly AppendOnlyLog<HostileAttempt> hostileAttempts = new();

    /// <summary>Every attempt of a hostile guest so far, in order.</summary>
    public IReadOnlyList<HostileAttempt> HostileAttempts => hostileAttempts;

    /// <summary>The hostile side of <paramref name="vm"/>'s guest.</summary>
    public HostileGuest Hostile(int vm)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vm);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(vm, vms.Count);
        return new HostileGuest(this, vm);
    }

    /// <summary>The VM's VF as its guest sees it: present only while the VF device is in the guest.</summary>
    private (HostStack Host, VirtualFunction Vf)? GuestVisibleVf(VirtualMachine v) =>
        !v.Migrating && hosts[v.Host].VfOf(v) is { Device: not VfDeviceState.Absent } vf ? (hosts[v.Host], vf) : null;

    internal AdapterResult HostileConfigSpace(int vm, HostileAttemptKind kind, int offset, int length, uint value) => Checked(() =>
    {
        var v = vms[vm];
        var detail = string.Create(CultureInfo.InvariantCulture, $"Offset={offset} Length={length} Value=0x{value:X}");
        if (GuestVisibleVf(v) is not var (host, vf))
        {
            return Record(vm, kind, InvalidDeviceRequest("no VF device in the guest"), detail);
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
    });

    internal AdapterResult HostileConfigBlock(int vm, bool write, int blockId, int length, byte fill) => Checked(() =>
    {
        var v = vms[vm];
        var kind = write ? HostileAttemptKind.ConfigBlockWrite : HostileAttemptKind.ConfigBlockRead;
        var detail = string.Create(CultureInfo.InvariantCulture, $"BlockId={blockId} Length={length}");
        if (GuestVisibleVf(v) is not var (host, vf))
        {
            return Record(vm, kind, InvalidDeviceRequest("no VF device in the guest"), detail);
        }

        if (length < 0 || length > HostileConfigBlockLengthMaxBytes)
        {
            return Record(vm, kind, AdapterResult.Refused(NdisStatus.InvalidParameter, "block length beyond a VMBus message"), detail);
        }

        var request = write ? NdisRequests.WriteVfConfigBlock(vf.VfId, blockId, length, fill) : NdisRequests.ReadVfConfigBlock(vf.VfId, blockId, length);
        var result = host.Miniport.Request(request);
        return Record(vm, kind, result.IsSuccess ? AdapterResult.Ok : AdapterResult.Refused(result.Status, $"config-block access completed with {result.Status}"), detail);
    });

    internal AdapterResult HostileFrame(int vm, MacAddress source, MacAddress destination, int vlan) => Checked(() =>
    {
        var v = vms[vm];
        var kind = source != v.MacAddress ? HostileAttemptKind.SpoofedSourceFrame
            : vlan != v.VlanId ? HostileAttemptKind.ForeignVlanFrame
            : HostileAttemptKind.FloodFrame;
        var result = SendFrom(v, source, destination, vlan);
        var outcome = ((AdapterData.FrameRouted)result.Data!).Outcome;
        hostileAttempts.Add(new HostileAttempt(vm, kind, outcome.Fate == FrameFate.Dropped ? HostileAttemptOutcome.Dropped : HostileAttemptOutcome.Accepted,
            result.Status, $"Source={source} Destination={destination} Vlan={vlan.ToString(CultureInfo.InvariantCulture)}", outcome.FrameId));
        return result;
    });

    private AdapterResult Record(int vm, HostileAttemptKind kind, AdapterResult result, string detail)
    {
        hostileAttempts.Add(new HostileAttempt(vm, kind, result.IsSuccess ? HostileAttemptOutcome.Accepted : HostileAttemptOutcome.Refused, result.Status, detail, -1));
        return result;
    }
}
