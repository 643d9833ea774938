// Switch room: OID_RECEIVE_FILTER_PARAMETERS.

namespace SriovVerification.Implementation.Switch;

/// <content>OID_RECEIVE_FILTER_PARAMETERS: a receive filter's parameters and field tests, read back.</content>
public sealed partial class PfMiniport
{
    private OidResult QueryFilterParameters(OidRequest request)
    {
        var status = Parse<NdisReceiveFilterParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"FilterId={p.FilterId}";
        if (p.FilterId > int.MaxValue || !filters.TryGetValue((int)p.FilterId, out var filter))
        {
            return Complete(request, NdisStatus.FileNotFound);
        }

        var fields = NdisRequests.FilterFields(filter.MacAddress, filter.VlanId);
        var total = NdisReceiveFilterParameters.RevisionSizeBytes + (fields.Count * NdisReceiveFilterFieldParameters.SizeBytes);
        if (request.InformationBufferLength < total)
        {
            return Complete(request, NdisStatus.InvalidLength, bytesNeeded: total);
        }

        WriteOutput(request, new NdisReceiveFilterParameters(
            0,
            NdisConstants.ReceiveFilterTypeVmQueue,
            NdisConstants.DefaultReceiveQueueId,
            (uint)filter.FilterId,
            NdisReceiveFilterParameters.RevisionSizeBytes,
            (uint)fields.Count,
            NdisReceiveFilterFieldParameters.SizeBytes,
            (uint)filter.VPortId));
        for (var i = 0; i < fields.Count; i++)
        {
            fields[i].WriteTo(request.InformationBuffer.AsSpan(NdisReceiveFilterParameters.RevisionSizeBytes + (i * NdisReceiveFilterFieldParameters.SizeBytes)));
        }

        return Complete(request, NdisStatus.Success, total);
    }
}
