// Tests of the emulated adapter: SET_FILTER's field array, VPort parameters and enumeration, and the miniport's argument checks.

namespace SriovVerification.Implementation.Tests;

/// <content>SET_FILTER's field array, VPort parameters and enumeration, and the miniport's argument checks.</content>
public partial class PfMiniportTests
{
    private const int PfConfigSpaceSizeBytes = 4096;

    private static readonly MacAddress FilterMac = new(0x00_15_5D_00_00_42);

    private static NdisReceiveFilterFieldParameters MacField(ulong value) =>
        NdisReceiveFilterFieldParameters.DestinationAddress(new MacAddress(value), untaggedOrZero: false);

    private static NdisReceiveFilterFieldParameters VlanField(ulong value) =>
        new(0, NdisConstants.FrameHeaderMac, NdisConstants.ReceiveFilterTestEqual, NdisConstants.MacHeaderFieldVlanId, value, 0);

    /// <summary>A SET_FILTER request on VPort 0 with the given fields, the array at <paramref name="arrayOffset"/>.</summary>
    private static OidRequest FilterRequest(int arrayOffset, params NdisReceiveFilterFieldParameters[] fields)
    {
        var parameters = new NdisReceiveFilterParameters(
            0, NdisConstants.ReceiveFilterTypeVmQueue, NdisConstants.DefaultReceiveQueueId, 0,
            (uint)arrayOffset, (uint)fields.Length, NdisReceiveFilterFieldParameters.SizeBytes, 0);
        var trailing = arrayOffset - NdisReceiveFilterParameters.SizeBytes + (fields.Length * NdisReceiveFilterFieldParameters.SizeBytes);
        var request = NdisRequests.Build(Oid.OID_RECEIVE_FILTER_SET_FILTER, NdisRequestType.Method, parameters, Math.Max(trailing, 0));
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].WriteTo(request.InformationBuffer.AsSpan(arrayOffset + (i * NdisReceiveFilterFieldParameters.SizeBytes)));
        }

        return request;
    }

    private static OidRequest FilterRequest(params NdisReceiveFilterFieldParameters[] fields) => FilterRequest(NdisReceiveFilterParameters.SizeBytes, fields);

    [Fact]
    public void SetFilter_MacAndVlanFields_FilterWithThatMacAndVlan()
    {
        var miniport = WithSwitch();
        var result = miniport.Request(FilterRequest(MacField(FilterMac.Value), VlanField(NdisConstants.VlanIdMax)));
        Assert.Equal(NdisStatus.Success, result.Status);
        var filter = Assert.Single(miniport.Filters);
        Assert.Equal(FilterMac, filter.MacAddress);
        Assert.Equal(NdisConstants.VlanIdMax, filter.VlanId);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(FilterRequest(MacField(FilterMac.Value), VlanField(NdisConstants.VlanIdMax + 1))).Status);
    }

    [Fact]
    public void SetFilter_VlanOnlyAndMacOnly_FiltersWithoutTheMissingTestReadBackThroughFilterParameters()
    {
        var miniport = WithSwitch();
        Assert.Equal(NdisStatus.Success, miniport.Request(FilterRequest(VlanField(5))).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(FilterRequest(NdisReceiveFilterFieldParameters.DestinationAddress(FilterMac, untaggedOrZero: true))).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(FilterRequest(VlanField(5))).Status);
        Assert.Equal([(null, 5), (FilterMac, 0)], miniport.Filters.Select(f => (f.MacAddress, f.VlanId)));
        var vlanOnly = miniport.Request(NdisRequests.FilterParameters(miniport.Filters[0].FilterId, 4096));
        var parameters = NdisRequests.Decode<NdisReceiveFilterParameters>(vlanOnly);
        Assert.Equal(1u, parameters.FieldParametersArrayNumElements);
        var field = NdisReceiveFilterFieldParameters.ReadFrom(vlanOnly.InformationBuffer.AsSpan((int)parameters.FieldParametersArrayOffset));
        Assert.Equal((NdisConstants.MacHeaderFieldVlanId, 5, 0u), (field.HeaderField, field.VlanValue, field.Flags));
        var macOnly = miniport.Request(NdisRequests.FilterParameters(miniport.Filters[1].FilterId, 4096));
        field = NdisReceiveFilterFieldParameters.ReadFrom(macOnly.InformationBuffer.AsSpan((int)NdisRequests.Decode<NdisReceiveFilterParameters>(macOnly).FieldParametersArrayOffset));
        Assert.Equal((NdisConstants.MacHeaderFieldDestinationAddress, FilterMac, NdisConstants.ReceiveFilterFieldMacHeaderVlanUntaggedOrZero), (field.HeaderField, field.MacValue, field.Flags));
    }

    [Fact]
    public void SetFilter_ArrayAfterAGap_Accepted()
    {
        var miniport = WithSwitch();
        Assert.Equal(NdisStatus.Success, miniport.Request(FilterRequest(NdisReceiveFilterParameters.SizeBytes + 8, MacField(FilterMac.Value))).Status);
        Assert.Equal(FilterMac, Assert.Single(miniport.Filters).MacAddress);
    }

    [Fact]
    public void SetFilter_ArrayOverlappingTheParameters_InvalidParameter()
    {
        var miniport = WithSwitch();
        var request = FilterRequest(NdisReceiveFilterParameters.SizeBytes, MacField(FilterMac.Value));
        var parameters = NdisReceiveFilterParameters.ReadFrom(request.InformationBuffer) with { FieldParametersArrayOffset = NdisReceiveFilterParameters.SizeBytes - 1 };
        parameters.WriteTo(request.InformationBuffer);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(request).Status);
        Assert.Empty(miniport.Filters);
    }

    public static TheoryData<string, NdisReceiveFilterFieldParameters[]> MalformedFieldArrays => new()
    {
        { "frame header not MAC", [MacField(FilterMac.Value) with { FrameHeader = NdisConstants.FrameHeaderMac + 1 }] },
        { "test not equality", [MacField(FilterMac.Value) with { ReceiveFilterTest = NdisConstants.ReceiveFilterTestEqual + 1 }] },
        { "field header revision", [MacField(FilterMac.Value) with { Header = new NdisObjectHeader(NdisObjectHeader.ObjectTypeDefault, 0, NdisReceiveFilterFieldParameters.SizeBytes) }] },
        { "two MAC fields", [MacField(FilterMac.Value), MacField(5)] },
        { "unknown header field", [MacField(FilterMac.Value), MacField(FilterMac.Value) with { HeaderField = 2 }] },
        { "no field test", [] },
        { "VLAN-only test of VID 0", [VlanField(0)] },
        { "flag on the VLAN test", [VlanField(5) with { Flags = NdisConstants.ReceiveFilterFieldMacHeaderVlanUntaggedOrZero }] },
        { "unknown flag on the MAC test", [MacField(FilterMac.Value) with { Flags = 2 }] },
        { "untagged-or-zero MAC test beside a VLAN id", [NdisReceiveFilterFieldParameters.DestinationAddress(FilterMac, untaggedOrZero: true), VlanField(5)] },
        { "two VLAN fields", [VlanField(5), VlanField(6)] },
        { "source address field", [MacField(FilterMac.Value) with { HeaderField = NdisConstants.MacHeaderFieldDestinationAddress + 1 }] },
        { "VLAN beyond 32 bits", [MacField(FilterMac.Value), VlanField((1UL << 32) + 5)] },
        { "VLAN above int range", [MacField(FilterMac.Value), VlanField(0x8000_0005)] },
    };

    [Theory]
    [MemberData(nameof(MalformedFieldArrays))]
    public void SetFilter_MalformedFieldArray_InvalidParameterAndNoFilter(string what, NdisReceiveFilterFieldParameters[] fields)
    {
        var miniport = WithSwitch();
        Assert.True(NdisStatus.InvalidParameter == miniport.Request(FilterRequest(fields)).Status, what);
        Assert.Empty(miniport.Filters);
    }

    [Fact]
    public void EnumerateVPorts_DefaultAndVfVPort_AttachedFunctionIds()
    {
        var miniport = WithSwitch();
        Allocate(miniport, "VM-0");
        var vf = Allocate(miniport, "VM-1");
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.CreateVPort((ushort)vf, 1)).Status);
        var result = miniport.Request(NdisRequests.EnumerateVPorts(4096));
        var array = NdisRequests.Decode<NdisNicSwitchVPortInfoArray>(result);
        var entries = NdisRequests.DecodeElements<NdisNicSwitchVPortInfo>(result, array.FirstElementOffset, array.NumElements, array.ElementSize);
        Assert.Equal(2, entries.Count);
        Assert.Equal(NdisConstants.PfFunctionId, entries.Single(e => e.VPortId == 0).AttachedFunctionId);
        Assert.Equal((ushort)vf, entries.Single(e => e.VPortId != 0).AttachedFunctionId);
        Assert.Equal(NdisConstants.VPortStateActivated, entries.Single(e => e.VPortId != 0).VPortState);
    }

    [Fact]
    public void CreateVPort_OnPfAndOnVf_ReturnsIdAndState()
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");
        var onPf = NdisRequests.Decode<NdisNicSwitchVPortParameters>(miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 1)));
        Assert.Equal(1u, onPf.VPortId);
        Assert.Equal(NdisConstants.VPortStateDeactivated, onPf.VPortState);
        var onVf = NdisRequests.Decode<NdisNicSwitchVPortParameters>(miniport.Request(NdisRequests.CreateVPort((ushort)vf, 1)));
        Assert.Equal(2u, onVf.VPortId);
        Assert.Equal(NdisConstants.VPortStateActivated, onVf.VPortState);
    }

    [Fact]
    public void SetVPortParameters_StateChangedFlagClear_SuccessAndStateUnchanged()
    {
        var miniport = WithSwitch();
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 1)).Status);
        var request = NdisRequests.Set(Oid.OID_NIC_SWITCH_VPORT_PARAMETERS, new NdisNicSwitchVPortParameters(
            0, NdisConstants.DefaultSwitchId, 1, "", 0, 0, 0, NdisConstants.VPortStateActivated, default, 0));
        Assert.Equal(NdisStatus.Success, miniport.Request(request).Status);
        Assert.False(miniport.VPorts.Single(p => p.VPortId == 1).Activated);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.SetVPortState(1, true)).Status);
        Assert.True(miniport.VPorts.Single(p => p.VPortId == 1).Activated);
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new PfMiniport(null!, new DeterministicRandom(1)));
        Assert.Throws<ArgumentNullException>(() => new PfMiniport(new AdapterOptions(), null!));
        Assert.Throws<ArgumentNullException>(() => NewMiniport().Request(null!));
    }

    [Fact]
    public void InjectOidFailure_Success_Throws()
    {
        var miniport = NewMiniport();
        Assert.Throws<ArgumentOutOfRangeException>(() => miniport.InjectOidFailure(Oid.OID_NIC_SWITCH_CREATE_SWITCH, NdisStatus.Success));
        Assert.Empty(miniport.InjectedOidFailures);
    }

    [Fact]
    public void ReadPfConfigSpace_SriovCapability_TotalVfsAndBounds()
    {
        var miniport = NewMiniport(new AdapterOptions { TotalVfs = 6 });
        var bytes = miniport.ReadPfConfigSpace(0x160 + 0x0E, 2);
        Assert.Equal(6, bytes[0] | (bytes[1] << 8));
        Assert.Equal(2, miniport.ReadPfConfigSpace(PfConfigSpaceSizeBytes - 2, 2).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => miniport.ReadPfConfigSpace(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => miniport.ReadPfConfigSpace(PfConfigSpaceSizeBytes - 1, 2));
    }

    [Fact]
    public void OidLog_RequestsAndInvalidations_LoggedInOrderWithStatus()
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");
        Assert.Equal(NdisStatus.Success, miniport.InvalidateConfigBlock(vf, 1));
        Assert.Equal(NdisStatus.InvalidParameter, miniport.InvalidateConfigBlock(vf, 0));
        var log = miniport.OidLog;
        Assert.Equal(
            [(nameof(Oid.OID_NIC_SWITCH_CREATE_SWITCH), NdisStatus.Success), (nameof(Oid.OID_NIC_SWITCH_ALLOCATE_VF), NdisStatus.Success),
             ("NdisMInvalidateConfigBlock", NdisStatus.Success), ("NdisMInvalidateConfigBlock", NdisStatus.InvalidParameter)],
            log.Select(e => (e.Name, e.Status)).ToArray());
        Assert.Equal([0L, 1L, 2L, 3L], log.Select(e => e.Sequence).ToArray());
    }
}
