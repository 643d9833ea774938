// The datacenter's seam for frames: receives and guest sends go to the NIC switch's forwarding; the frame log's counts are read back.
using SriovVerification.Implementation.Frames;

namespace SriovVerification.Implementation;

/// <content>Frames: from the wire and from guests, handed to the NIC switch's forwarding; the frame log read back.</content>
public sealed partial class Datacenter
{
    /// <summary>A unicast frame arrives at <paramref name="host"/>'s physical port. Data: <see cref="AdapterData.FrameRouted"/>.</summary>
    /// <remarks>Runs concurrently with OID requests and guest events: it takes no lock, only a switch table version.</remarks>
    public AdapterResult ReceiveFrame(int host, MacAddress destination, int vlan) =>
        Host(host) is { } stack ? forwarding.Receive(stack, destination, vlan) : InvalidDeviceRequest($"no host {host}");

    /// <summary>
    /// The guest of <paramref name="vm"/> sends a unicast frame on its current data path (with
    /// <paramref name="spoofSource"/>, from a source MAC not its own). Data: <see cref="AdapterData.FrameRouted"/>.
    /// </summary>
    /// <remarks>
    /// NetVSC stamps the send with the VPort of its data path (the VF's VPort, or the default VPort), or with
    /// <paramref name="stampVPortId"/> when it is not -1 (a send stamped earlier); when the NIC switch takes the frame, a
    /// stamp that is not the VPort of the VM's current VF data path (a VPort deleted meanwhile) is replaced by the
    /// default VPort. <paramref name="source"/> names the source MAC (another VM's, say); null: the VM's own, or the
    /// foreign MAC with <paramref name="spoofSource"/> (both together are refused). Takes no lock, as a receive.
    /// </remarks>
    public AdapterResult GuestSendFrame(int vm, MacAddress destination, int vlan, bool spoofSource = false, int stampVPortId = -1, MacAddress? source = null) =>
        forwarding.GuestSendFrame(vm, destination, vlan, spoofSource, stampVPortId, source);

    /// <summary>Every frame's outcome, in order.</summary>
    public IReadOnlyList<FrameOutcome> FrameLog => frames.FrameLog;

    /// <summary>Every delivery of a frame to a VM, in order.</summary>
    public IReadOnlyList<FrameDelivery> Deliveries => frames.Deliveries;

    /// <summary>Frames delivered to <paramref name="vm"/> over <paramref name="path"/>.</summary>
    public int DeliveredCount(int vm, DataPath path) => frames.DeliveredCount(vm, path);

    /// <summary>Frames addressed to <paramref name="vm"/>'s MAC and VLAN that were dropped, per drop reason.</summary>
    public IReadOnlyDictionary<string, int> DroppedCountsFor(int vm) => frames.DroppedCountsFor(vm);

    /// <summary>Frames dropped anywhere, per drop reason.</summary>
    public IReadOnlyDictionary<string, int> DroppedCounts => frames.DroppedCounts;

    /// <summary>Frames delivered to a VM other than the one owning the destination MAC and VLAN (isolation breaches).</summary>
    public int MisdeliveredCount => frames.MisdeliveredCount;

    /// <summary>Frames delivered more than once.</summary>
    public int DuplicatedCount => frames.DuplicatedCount;
}
