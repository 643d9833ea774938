// Harness/Reliability: generates malformed OID requests for the PF miniport from a seeded generator
using SriovVerification.Implementation;
using SriovVerification.Implementation.Ndis;
using SriovVerification.Implementation.Switch;

namespace SriovVerification.Harness.Reliability;

/// <summary>
/// Generates malformed OID requests for the PF miniport from a seeded generator: every parameter structure with
/// truncated buffers, wrong object headers, edge lengths and offsets, out-of-range ids and random bytes, plus unknown
/// OIDs and wrong request types. Every request is built as bytes, so it travels the same path a driver's would.
/// </summary>
public sealed class MalformedRequestGenerator
{
    /// <summary>The OIDs the PF miniport handles.</summary>
    public static readonly IReadOnlyList<Oid> HandledOids =
        [.. Enum.GetValues<Oid>().Where(o => PfMiniport.ExpectedRequestType(o) is not null)];

    private static readonly int[] EdgeInts =
    [
        0, 1, -1, 2, 3, 4, 255, 256, 4095, 4096, 4097, int.MaxValue, int.MinValue, int.MaxValue - 1, int.MaxValue - 3,
        0x7FFF_FFF0, -4096, 1 << 30, 20, 19, 21, 64, 65, 16, 17,
    ];

    private static readonly uint[] EdgeIds =
        [0xFFFF, 0xFFFE, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0x1_0000, 255, 256, 8, 9, 3, 4, 5];

    private readonly DeterministicRandom random;
    private readonly int vmCount;
    private FuzzCategory category;
    private int fieldIndex;
    private int wrongField = -1;

    /// <summary>Creates a generator drawing from <paramref name="random"/>; VM names come from 0 … <paramref name="vmCount"/>−1.</summary>
    public MalformedRequestGenerator(DeterministicRandom random, int vmCount)
    {
        ArgumentNullException.ThrowIfNull(random);
        this.random = random;
        this.vmCount = vmCount;
    }

    /// <summary>The next malformed request, of a category drawn uniformly.</summary>
    public MalformedRequest Next() => Next((FuzzCategory)random.Next(Enum.GetValues<FuzzCategory>().Length));

    /// <summary>The next malformed request of <paramref name="kind"/>.</summary>
    public MalformedRequest Next(FuzzCategory kind)
    {
        category = kind;
        fieldIndex = 0;
        wrongField = kind == FuzzCategory.OneFieldWrong ? random.Next(8) : -1;
        switch (kind)
        {
            case FuzzCategory.ShortBuffer:
            {
                var oid = StructureOid();
                var s = Structure(oid);
                var length = random.Next(s.Least);
                var array = random.Next(2) == 0 ? s.Buffer.AsSpan(0, length).ToArray() : s.Buffer;
                return new(kind, s.Name, new OidRequest(oid, Type(oid), array, length), NdisStatus.InvalidLength, s.Needed);
            }

            case FuzzCategory.BadHeader:
                return BadHeader(kind);

            case FuzzCategory.OverflowingFields:
            case FuzzCategory.OutOfRangeIds:
            case FuzzCategory.OneFieldWrong:
            {
                var oid = HandledOids[random.Next(HandledOids.Count)];
                var s = Structure(oid);
                return new(kind, s.Name, new OidRequest(oid, Type(oid), s.Buffer), null, null);
            }

            case FuzzCategory.UnknownOid:
                return UnknownOid(kind);

            case FuzzCategory.WrongRequestType:
            {
                var oid = HandledOids[random.Next(HandledOids.Count)];
                var s = Structure(oid);
                var type = (NdisRequestType)(((int)Type(oid) + 1 + random.Next(2)) % 3);
                return new(kind, s.Name, new OidRequest(oid, type, s.Buffer), NdisStatus.NotSupported, null);
            }

            case FuzzCategory.RandomBytes:
            {
                var oid = HandledOids[random.Next(HandledOids.Count)];
                var s = Structure(oid);
                var buffer = Bytes(random.Next((s.Least * 2) + 16));
                if (buffer.Length >= 4 && random.Next(2) == 0 && IsStructureOid(oid))
                {
                    buffer[0] = NdisObjectHeader.ObjectTypeDefault;
                    buffer[1] = s.Revision;
                    buffer[2] = (byte)s.RevisionSize;
                    buffer[3] = (byte)(s.RevisionSize >> 8);
                }

                var tooShort = IsStructureOid(oid) && buffer.Length < s.Least;
                return new(kind, s.Name, new OidRequest(oid, Type(oid), buffer), tooShort ? NdisStatus.InvalidLength : null, tooShort ? s.Needed : null);
            }

            default:
                return MalformedFilter();
        }
    }

    /// <summary>A structure whose NDIS_OBJECT_HEADER is wrong: its type, its revision, or its size.</summary>
    private MalformedRequest BadHeader(FuzzCategory kind)
    {
        var oid = StructureOid();
        var s = Structure(oid);
        var buffer = s.Buffer;
        switch (random.Next(3))
        {
            case 0: buffer[0] = Pick<byte>(0x00, 0x81, 0x7F, 0xFF, 0x84); break;
            case 1: buffer[1] = Pick<byte>(0, (byte)(s.LowestRevision - 1)); break;
            default:
                // Below the lowest revision's size (a size between two revisions among them), or beyond the buffer.
                var wrong = (ushort)Pick(s.LowestSize - 1, 0, 4, 4 + random.Next(s.LowestSize - 4), buffer.Length + 1, 0xFFFF);
                buffer[2] = (byte)wrong;
                buffer[3] = (byte)(wrong >> 8);
                break;
        }

        return new(kind, s.Name, new OidRequest(oid, Type(oid), buffer), NdisStatus.InvalidParameter, null);
    }

    /// <summary>A request of an OID the PF miniport does not handle.</summary>
    private MalformedRequest UnknownOid(FuzzCategory kind)
    {
        var oid = random.Next(4) == 0
            ? Oid.OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK
            : (Oid)Pick(0x0001_0200u + (uint)random.Next(0x80), (uint)random.NextUInt64(), 0u, 0xFFFF_FFFFu);
        if (PfMiniport.ExpectedRequestType(oid) is not null)
        {
            oid = (Oid)0x0001_02FFu;
        }

        var buffer = Bytes(random.Next(200));
        return new(kind, "raw", new OidRequest(oid, (NdisRequestType)random.Next(3), buffer), NdisStatus.NotSupported, null);
    }

    private MalformedRequest MalformedFilter()
    {
        var fieldCount = random.Next(4);
        var parameters = new NdisReceiveFilterParameters(
            U(),
            Pick(NdisConstants.ReceiveFilterTypeVmQueue, NdisConstants.ReceiveFilterTypeVmQueue, 0u, 2u),
            U(),
            U(),
            Pick((uint)NdisReceiveFilterParameters.SizeBytes, (uint)NdisReceiveFilterParameters.SizeBytes, 0u, 35u, 37u, uint.MaxValue, 0x8000_0000u, (uint)(NdisReceiveFilterParameters.SizeBytes + random.Next(40))),
            Pick((uint)fieldCount, 1u, 2u, 0u, 3u, uint.MaxValue, 0x4000_0000u),
            Pick((uint)NdisReceiveFilterFieldParameters.SizeBytes, (uint)NdisReceiveFilterFieldParameters.SizeBytes, 0u, 35u, 57u, uint.MaxValue),
            Pick(0u, 1u, 2u, Id()));
        var buffer = new byte[NdisReceiveFilterParameters.SizeBytes + (fieldCount * NdisReceiveFilterFieldParameters.SizeBytes) + random.Next(8)];
        parameters.WriteTo(buffer);
        for (var i = 0; i < fieldCount; i++)
        {
            var field = new NdisReceiveFilterFieldParameters(
                U(),
                Pick(NdisConstants.FrameHeaderMac, NdisConstants.FrameHeaderMac, 0u, 2u),
                Pick(NdisConstants.ReceiveFilterTestEqual, NdisConstants.ReceiveFilterTestEqual, 0u, 2u),
                Pick(NdisConstants.MacHeaderFieldDestinationAddress, NdisConstants.MacHeaderFieldVlanId, 0u, 2u, 6u),
                Pick<UInt128>(MacField(Mac()), 0, 5, 4094, 4095, ulong.MaxValue, UInt128.MaxValue, MacField(new MacAddress(0x0100_0000_0000UL)), new UInt128(random.NextUInt64(), random.NextUInt64())),
                new UInt128(random.NextUInt64(), random.NextUInt64()));
            field.WriteTo(buffer.AsSpan(NdisReceiveFilterParameters.SizeBytes + (i * NdisReceiveFilterFieldParameters.SizeBytes)));
            if (random.Next(6) == 0)
            {
                buffer[NdisReceiveFilterParameters.SizeBytes + (i * NdisReceiveFilterFieldParameters.SizeBytes) + 1] = 9;
            }
        }

        var length = random.Next(3) == 0 ? random.Next(buffer.Length + 1) : buffer.Length;
        var tooShort = length < NdisReceiveFilterParameters.SizeBytes;
        return new(FuzzCategory.MalformedFilterFields, NdisReceiveFilterParameters.NdisName + " with field parameters",
            new OidRequest(Oid.OID_RECEIVE_FILTER_SET_FILTER, NdisRequestType.Method, buffer, length),
            tooShort ? NdisStatus.InvalidLength : null, tooShort ? NdisReceiveFilterParameters.RevisionSizeBytes : null);
    }

    /// <summary>Whether the OID's information buffer starts with a parameter structure (not an enumeration's output).</summary>
    public static bool IsStructureOid(Oid oid) => PfMiniport.ExpectedRequestType(oid) is NdisRequestType.Method or NdisRequestType.SetInformation;

    private Oid StructureOid()
    {
        var structured = HandledOids.Where(IsStructureOid).ToList();
        return structured[random.Next(structured.Count)];
    }

    private static NdisRequestType Type(Oid oid) => PfMiniport.ExpectedRequestType(oid)!.Value;

    /// <summary>
    /// A structure the OID carries, in a buffer with some trailing bytes: its name, the least buffer the miniport accepts
    /// (<see cref="Least"/>), the BytesNeeded it answers a shorter one with, and the header facts of its revisions.
    /// </summary>
    private readonly record struct Drawn(string Name, int Least, int Needed, byte Revision, int RevisionSize, byte LowestRevision, int LowestSize, byte[] Buffer);

    /// <summary>The structure the OID carries, with fields drawn from the edges, in a buffer with some trailing bytes.</summary>
    private Drawn Structure(Oid oid) => oid switch
    {
        Oid.OID_NIC_SWITCH_CREATE_SWITCH => Make(oid, new NdisNicSwitchParameters(U(), Pick(NdisConstants.NicSwitchTypeExternal, 0u, 2u, U()), Id(), Name(), Pick(1u, 0u, 8u, 9u, 0xFFFFu, 0x1_0001u, uint.MaxValue, Id()))),
        Oid.OID_NIC_SWITCH_DELETE_SWITCH => Make(oid, new NdisNicSwitchDeleteSwitchParameters(U(), Id())),
        Oid.OID_NIC_SWITCH_ALLOCATE_VF => Make(oid, new NdisNicSwitchVfParameters(U(), Id(), Name(), Name(), Name(), Mac(), Mac(),
            Pick(NdisConstants.InvalidVfFunctionId, (ushort)Id()), Pick(NdisConstants.InvalidRid, Id()))
            { MacAddressLength = Pick<ushort>(MacAddress.SizeBytes, 0, 5, 8, 32, 33, 0xFFFF) }),
        Oid.OID_NIC_SWITCH_FREE_VF => Make(oid, new NdisNicSwitchFreeVfParameters(U(), (ushort)Id())),
        Oid.OID_NIC_SWITCH_CREATE_VPORT or Oid.OID_NIC_SWITCH_VPORT_PARAMETERS => Make(oid, new NdisNicSwitchVPortParameters(
            Pick(0u, NdisConstants.VPortParametersStateChanged, NdisConstants.VPortParametersNameChanged, NdisConstants.VPortParametersChangeMask, U()), Id(), Id(), Name(),
            Pick(NdisConstants.PfFunctionId, (ushort)Id()), Pick(0u, 1u, 2u, 3u, U()), Pick(NdisConstants.VPortInterruptModerationAdaptive, 0u, 300u, U()),
            Pick(NdisConstants.VPortStateActivated, NdisConstants.VPortStateDeactivated, 0u, U()), new GroupAffinity(U(), (ushort)U()), U())),
        Oid.OID_NIC_SWITCH_DELETE_VPORT => Make(oid, new NdisNicSwitchDeleteVPortParameters(U(), Id())),
        Oid.OID_NIC_SWITCH_ENUM_VFS => Make(oid, new NdisNicSwitchVfInfoArray(Pick(0u, 1u, U()), Id(), U(), U(), U())),
        Oid.OID_NIC_SWITCH_ENUM_VPORTS => Make(oid, new NdisNicSwitchVPortInfoArray(Pick(0u, 1u, 2u, 3u, U()), Id(), Pick(NdisConstants.PfFunctionId, (ushort)Id()), U(), U(), U())),
        Oid.OID_RECEIVE_FILTER_ENUM_FILTERS => Make(oid, new NdisReceiveFilterInfoArray(U(), U(), U(), U(), Pick(0u, 1u, U()), Id())),
        Oid.OID_RECEIVE_FILTER_SET_FILTER or Oid.OID_RECEIVE_FILTER_PARAMETERS => Make(oid, new NdisReceiveFilterParameters(
            U(), Pick(NdisConstants.ReceiveFilterTypeVmQueue, U()), U(), Id(), (uint)Edge(), (uint)Edge(), (uint)Edge(), Id())),
        Oid.OID_RECEIVE_FILTER_CLEAR_FILTER => Make(oid, new NdisReceiveFilterClearParameters(U(), U(), Id())),
        Oid.OID_RECEIVE_FILTER_MOVE_FILTER => Make(oid, new NdisReceiveFilterMoveFilterParameters(Id(), U(), Id(), U(), Id())),
        Oid.OID_SRIOV_READ_VF_CONFIG_SPACE => Make(oid, new NdisSriovReadVfConfigSpaceParameters((ushort)Id(), (uint)Edge(), (uint)Edge(), (uint)BufferOffset(NdisSriovReadVfConfigSpaceParameters.SizeBytes))),
        Oid.OID_SRIOV_WRITE_VF_CONFIG_SPACE => Make(oid, new NdisSriovWriteVfConfigSpaceParameters((ushort)Id(), (uint)Edge(), (uint)Edge(), (uint)BufferOffset(NdisSriovWriteVfConfigSpaceParameters.SizeBytes))),
        Oid.OID_SRIOV_READ_VF_CONFIG_BLOCK => Make(oid, new NdisSriovReadVfConfigBlockParameters((ushort)Id(), Pick(0u, 1u, 2u, 63u, 64u, U()), (uint)Edge(), (uint)BufferOffset(NdisSriovReadVfConfigBlockParameters.SizeBytes))),
        Oid.OID_SRIOV_WRITE_VF_CONFIG_BLOCK => Make(oid, new NdisSriovWriteVfConfigBlockParameters((ushort)Id(), Pick(0u, 1u, 2u, 63u, 64u, U()), (uint)Edge(), (uint)BufferOffset(NdisSriovWriteVfConfigBlockParameters.SizeBytes))),
        Oid.OID_SRIOV_RESET_VF => Make(oid, new NdisSriovResetVfParameters((ushort)Id())),
        Oid.OID_SRIOV_SET_VF_POWER_STATE => Make(oid, new NdisSriovSetVfPowerStateParameters((ushort)Id(), Pick(NdisConstants.DeviceStateD0, NdisConstants.DeviceStateD3, 0u, 2u, 3u, U()), (byte)U())),
        _ => new("query output", 0, 0, 1, 0, 1, 0, new byte[random.Next(400)]),
    };

    private Drawn Make<T>(Oid oid, T value)
        where T : struct, INdisStructure<T>
    {
        var trailing = Pick(0, 0, 1, 2, 4, 16, 64, random.Next(300));
        var buffer = new byte[T.StructureSizeBytes + trailing];
        value.WriteTo(buffer);
        for (var i = T.StructureSizeBytes; i < buffer.Length; i++)
        {
            buffer[i] = (byte)random.Next(256);
        }

        if (random.Next(8) == 0 && value.Header.Size > 0)
        {
            // A counted string whose Length runs past its array, where the structure has one.
            CorruptCountedString<T>(buffer);
        }

        var least = Type(oid) == NdisRequestType.Method ? T.ImplementedRevisionSizeBytes : T.LowestRevisionSizeBytes;
        return new(T.StructureName, least, T.ImplementedRevisionSizeBytes, T.ImplementedRevision, T.ImplementedRevisionSizeBytes, T.LowestRevision, T.LowestRevisionSizeBytes, buffer);
    }

    /// <summary>Sets the Length of the structure's first counted string (found through its <c>Field</c> offsets) beyond the array.</summary>
    private void CorruptCountedString<T>(byte[] buffer)
        where T : struct, INdisStructure<T>
    {
        var fields = typeof(T).GetNestedType("Field")?.GetFields() ?? [];
        var name = fields.FirstOrDefault(f => f.Name.EndsWith("Name", StringComparison.Ordinal));
        if (name?.GetRawConstantValue() is int offset)
        {
            var length = (ushort)Pick(514, 516, 0xFFFF, 3);
            buffer[offset] = (byte)length;
            buffer[offset + 1] = (byte)(length >> 8);
        }
    }

    private static UInt128 MacField(MacAddress mac) => NdisReceiveFilterFieldParameters.DestinationAddress(mac, untaggedOrZero: false).FieldValue;

    private int BufferOffset(int structureSize) => Pick(structureSize, structureSize, structureSize + Edge(), Edge(), structureSize - 1);

    /// <summary>In <see cref="FuzzCategory.OneFieldWrong"/>: whether the next field is one of the right ones.</summary>
    private bool Plausible() => wrongField >= 0 && fieldIndex++ != wrongField;

    private int Edge() => Plausible() ? 1 + random.Next(4) :
        random.Next(10) < (category == FuzzCategory.OverflowingFields ? 9 : 4) ? EdgeInts[random.Next(EdgeInts.Length)] : random.Next(4300) - 8;

    private uint Id() => Plausible() ? (uint)random.Next(3) :
        random.Next(10) < (category == FuzzCategory.OutOfRangeIds ? 9 : 4) ? EdgeIds[random.Next(EdgeIds.Length)] : (uint)random.Next(10);

    private uint U() => Plausible() ? 0 : random.Next(4) == 0 ? (uint)random.NextUInt64() : 0;

    private string Name() => Plausible() ? $"VM-{random.Next(Math.Max(vmCount, 1))}" : random.Next(4) switch
    {
        0 => "",
        1 => new string('W', NdisConstants.MaxStringSize),
        2 => "VM-" + ((char)('0' + random.Next(10))),
        _ => $"VM-{random.Next(Math.Max(vmCount, 1))}",
    };

    private MacAddress Mac() => new(Pick(0x0015_5D00_0001UL, 0x0015_5D00_0002UL, 0x0200_0000_00EEUL, 0UL, 0x0100_0000_0000UL, 0xFFFF_FFFF_FFFFUL, random.NextUInt64() & 0xFFFF_FFFF_FFFFUL));

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)random.Next(256);
        }

        return bytes;
    }

    private T Pick<T>(params T[] choices) => Plausible() ? choices[0] : choices[random.Next(choices.Length)];
}
