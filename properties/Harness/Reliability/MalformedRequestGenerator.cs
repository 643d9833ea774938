using SriovVerification.Implementation;

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
                var (name, size, buffer) = Structure(oid);
                var length = random.Next(size);
                var array = random.Next(2) == 0 ? buffer.AsSpan(0, length).ToArray() : buffer;
                return new(kind, name, new OidRequest(oid, Type(oid), array, length), NdisStatus.InvalidLength, size);
            }

            case FuzzCategory.BadHeader:
            {
                var oid = StructureOid();
                var (name, size, buffer) = Structure(oid);
                switch (random.Next(3))
                {
                    case 0: buffer[0] = Pick<byte>(0x00, 0x81, 0x7F, 0xFF, 0x84); break;
                    case 1: buffer[1] = Pick<byte>(0, 2, 3, 0xFF); break;
                    default:
                        var wrong = (ushort)Pick(size - 1, size + 1, 0, 0xFFFF, 4, size * 2);
                        buffer[2] = (byte)wrong;
                        buffer[3] = (byte)(wrong >> 8);
                        break;
                }

                return new(kind, name, new OidRequest(oid, Type(oid), buffer), NdisStatus.InvalidParameter, null);
            }

            case FuzzCategory.OverflowingFields:
            case FuzzCategory.OutOfRangeIds:
            case FuzzCategory.OneFieldWrong:
            {
                var oid = HandledOids[random.Next(HandledOids.Count)];
                var (name, _, buffer) = Structure(oid);
                return new(kind, name, new OidRequest(oid, Type(oid), buffer), null, null);
            }

            case FuzzCategory.UnknownOid:
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

            case FuzzCategory.WrongRequestType:
            {
                var oid = HandledOids[random.Next(HandledOids.Count)];
                var (name, _, buffer) = Structure(oid);
                var type = (NdisRequestType)(((int)Type(oid) + 1 + random.Next(2)) % 3);
                return new(kind, name, new OidRequest(oid, type, buffer), NdisStatus.NotSupported, null);
            }

            case FuzzCategory.RandomBytes:
            {
                var oid = HandledOids[random.Next(HandledOids.Count)];
                var (name, size, _) = Structure(oid);
                var buffer = Bytes(random.Next((size * 2) + 16));
                if (buffer.Length >= 4 && random.Next(2) == 0 && IsStructureOid(oid))
                {
                    buffer[0] = NdisObjectHeader.ObjectTypeDefault;
                    buffer[1] = 1;
                    buffer[2] = (byte)size;
                    buffer[3] = (byte)(size >> 8);
                }

                var tooShort = IsStructureOid(oid) && buffer.Length < size;
                return new(kind, name, new OidRequest(oid, Type(oid), buffer), tooShort ? NdisStatus.InvalidLength : null, tooShort ? size : null);
            }

            default:
                return MalformedFilter();
        }
    }

    private MalformedRequest MalformedFilter()
    {
        var fieldCount = random.Next(4);
        var parameters = new NdisReceiveFilterParameters(
            U(),
            Pick(NdisConstants.ReceiveFilterTypeVmQueue, NdisConstants.ReceiveFilterTypeVmQueue, 0u, 2u),
            U(),
            Pick(0u, 1u, 2u, Id()),
            U(),
            Pick((uint)NdisReceiveFilterParameters.SizeBytes, (uint)NdisReceiveFilterParameters.SizeBytes, 0u, 35u, 37u, uint.MaxValue, 0x8000_0000u, (uint)(NdisReceiveFilterParameters.SizeBytes + random.Next(40))),
            Pick((uint)fieldCount, 1u, 2u, 0u, 3u, uint.MaxValue, 0x4000_0000u),
            Pick((uint)NdisReceiveFilterFieldParameters.SizeBytes, (uint)NdisReceiveFilterFieldParameters.SizeBytes, 0u, 35u, 37u, uint.MaxValue));
        var buffer = new byte[NdisReceiveFilterParameters.SizeBytes + (fieldCount * NdisReceiveFilterFieldParameters.SizeBytes) + random.Next(8)];
        parameters.WriteTo(buffer);
        for (var i = 0; i < fieldCount; i++)
        {
            var field = new NdisReceiveFilterFieldParameters(
                U(),
                Pick(NdisConstants.FrameHeaderMac, NdisConstants.FrameHeaderMac, 0u, 2u),
                Pick(NdisConstants.ReceiveFilterTestEqual, NdisConstants.ReceiveFilterTestEqual, 0u, 2u),
                Pick(NdisConstants.MacHeaderFieldDestinationAddress, NdisConstants.MacHeaderFieldVlanId, 0u, 2u, 6u),
                Pick(Mac().Value, 0UL, 5UL, 4094UL, 4095UL, ulong.MaxValue, 0x0100_0000_0000UL, random.NextUInt64()),
                random.NextUInt64());
            field.WriteTo(buffer.AsSpan(NdisReceiveFilterParameters.SizeBytes + (i * NdisReceiveFilterFieldParameters.SizeBytes)));
            if (random.Next(6) == 0)
            {
                buffer[NdisReceiveFilterParameters.SizeBytes + (i * NdisReceiveFilterFieldParameters.SizeBytes) + 1] = 9;
            }
        }

        var length = random.Next(3) == 0 ? random.Next(buffer.Length + 1) : buffer.Length;
        var tooShort = length < NdisReceiveFilterParameters.SizeBytes;
        return new(FuzzCategory.MalformedFilterFields, nameof(NdisReceiveFilterParameters),
            new OidRequest(Oid.OID_RECEIVE_FILTER_SET_FILTER, NdisRequestType.Method, buffer, length),
            tooShort ? NdisStatus.InvalidLength : null, tooShort ? NdisReceiveFilterParameters.SizeBytes : null);
    }

    /// <summary>Whether the OID's information buffer starts with a parameter structure (not an enumeration's output).</summary>
    public static bool IsStructureOid(Oid oid) => PfMiniport.ExpectedRequestType(oid) is NdisRequestType.Method or NdisRequestType.SetInformation;

    private Oid StructureOid()
    {
        var structured = HandledOids.Where(IsStructureOid).ToList();
        return structured[random.Next(structured.Count)];
    }

    private static NdisRequestType Type(Oid oid) => PfMiniport.ExpectedRequestType(oid)!.Value;

    /// <summary>The structure the OID carries, with fields drawn from the edges, in a buffer with some trailing bytes.</summary>
    private (string Name, int Size, byte[] Buffer) Structure(Oid oid)
    {
        switch (oid)
        {
            case Oid.OID_NIC_SWITCH_CREATE_SWITCH:
                return Make(new NdisNicSwitchParameters(U(), Pick(NdisConstants.NicSwitchTypeExternal, 0u, 2u, U()), Id(), Pick(1u, 0u, 8u, 9u, 0xFFFFu, 0x1_0001u, uint.MaxValue, Id())));
            case Oid.OID_NIC_SWITCH_DELETE_SWITCH:
                return Make(new NdisNicSwitchDeleteSwitchParameters(U(), Id()));
            case Oid.OID_NIC_SWITCH_ALLOCATE_VF:
                return Make(new NdisNicSwitchVfParameters(U(), Id(), Name(), Mac(), Mac(), Pick(0u, 1u, 4094u, 4095u, uint.MaxValue, U()),
                    Pick(NdisConstants.InvalidVfFunctionId, Id()), Pick(NdisConstants.InvalidRid, Id())));
            case Oid.OID_NIC_SWITCH_FREE_VF:
                return Make(new NdisNicSwitchFreeVfParameters(U(), Id()));
            case Oid.OID_NIC_SWITCH_CREATE_VPORT:
            case Oid.OID_NIC_SWITCH_VPORT_PARAMETERS:
                return Make(new NdisNicSwitchVPortParameters(Pick(0u, NdisConstants.VPortParametersStateChanged, U()), Id(), Id(), Pick(NdisConstants.PfFunctionId, Id()),
                    Pick(0u, 1u, 2u, 3u, U()), Pick(NdisConstants.VPortStateActivated, NdisConstants.VPortStateDeactivated, 0u, U())));
            case Oid.OID_NIC_SWITCH_DELETE_VPORT:
                return Make(new NdisNicSwitchDeleteVPortParameters(U(), Id()));
            case Oid.OID_RECEIVE_FILTER_SET_FILTER:
                return Make(new NdisReceiveFilterParameters(U(), Pick(NdisConstants.ReceiveFilterTypeVmQueue, U()), U(), Id(), Id(), (uint)Edge(), (uint)Edge(), (uint)Edge()));
            case Oid.OID_RECEIVE_FILTER_CLEAR_FILTER:
                return Make(new NdisReceiveFilterClearParameters(U(), U(), Id()));
            case Oid.OID_RECEIVE_FILTER_MOVE_FILTER:
                return Make(new NdisReceiveFilterMoveFilterParameters(U(), Id(), U(), Id(), U(), Id()));
            case Oid.OID_SRIOV_READ_VF_CONFIG_SPACE:
                return Make(new NdisSriovReadVfConfigSpaceParameters(Id(), Edge(), Edge(), BufferOffset(NdisSriovReadVfConfigSpaceParameters.SizeBytes)));
            case Oid.OID_SRIOV_WRITE_VF_CONFIG_SPACE:
                return Make(new NdisSriovWriteVfConfigSpaceParameters(Id(), Edge(), Edge(), BufferOffset(NdisSriovWriteVfConfigSpaceParameters.SizeBytes)));
            case Oid.OID_SRIOV_READ_VF_CONFIG_BLOCK:
                return Make(new NdisSriovReadVfConfigBlockParameters(Id(), Pick(0u, 1u, 2u, 63u, 64u, U()), Edge(), BufferOffset(NdisSriovReadVfConfigBlockParameters.SizeBytes)));
            case Oid.OID_SRIOV_WRITE_VF_CONFIG_BLOCK:
                return Make(new NdisSriovWriteVfConfigBlockParameters(Id(), Pick(0u, 1u, 2u, 63u, 64u, U()), Edge(), BufferOffset(NdisSriovWriteVfConfigBlockParameters.SizeBytes)));
            case Oid.OID_SRIOV_RESET_VF:
                return Make(new NdisSriovResetVfParameters(Id()));
            case Oid.OID_SRIOV_SET_VF_POWER_STATE:
                return Make(new NdisSriovSetVfPowerStateParameters(Id(), Pick(NdisConstants.DeviceStateD0, NdisConstants.DeviceStateD3, 0u, 2u, 3u, U()), U()));
            default:
                return ("NDIS_INFO_ARRAY output", NdisInfoArray.SizeBytes, new byte[random.Next(400)]);
        }
    }

    private (string Name, int Size, byte[] Buffer) Make<T>(T value)
        where T : struct, INdisStructure<T>
    {
        var trailing = Pick(0, 0, 1, 2, 4, 16, 64, random.Next(300));
        var buffer = new byte[T.StructureSizeBytes + trailing];
        value.WriteTo(buffer);
        for (var i = T.StructureSizeBytes; i < buffer.Length; i++)
        {
            buffer[i] = (byte)random.Next(256);
        }

        return (typeof(T).Name, T.StructureSizeBytes, buffer);
    }

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
        1 => new string('W', NdisNicSwitchVfParameters.NameCharCount),
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
