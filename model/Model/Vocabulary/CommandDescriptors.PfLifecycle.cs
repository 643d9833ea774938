// The descriptor rows of framed OID requests and of the PF's own lifecycle and capability.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model;

/// <content>OID requests with an explicit information buffer and header, the PF's halt, initialize and reset, and its capability.</content>
public static partial class CommandDescriptors
{
    private static IEnumerable<CommandDescriptor> PfLifecycleRows() =>
    [
        Row<FramedOid>(Actor.Pf, "OID_FRAMED") with
        {
            Traits = CommandTraits.SteeredToLegal,
            SwitchTriggerOf = On((FramedOid c) => c.Oid switch
            {
                FramedOidKind.CreateSwitch => (SwitchTrigger?)SwitchTrigger.CreateSwitch,
                FramedOidKind.DeleteSwitch => SwitchTrigger.DeleteSwitch,
                _ => null,
            }),
            RepresentativeProfilesOf = Representatives<FramedOid>(c => c is { Oid: FramedOidKind.FreeVf, BufferLength: < 10 }, IsWellFramed),
            ConformanceRepresentative = "a FREE_VF with a short buffer", KindsRepresentative = "well-framed OIDs", Weight = 3,
        },
        Row<PfHalt>(Actor.Host, "PF_HALT") with
        {
            Traits = CommandTraits.TearsDownPf, SwitchTriggerOf = _ => SwitchTrigger.PfHalt,
            RepresentativeProfilesOf = Representatives<PfHalt>(_ => true), ConformanceRepresentative = "PF halt", WeightEighths = 1,
        },
        Row<PfInitialize>(Actor.Host, "PF_INITIALIZE") with
        {
            SwitchTriggerOf = _ => SwitchTrigger.PfInitialize,
            RepresentativeProfilesOf = Representatives<PfInitialize>(null, _ => true), KindsRepresentative = "PF initialize", Weight = 4,
        },
        Row<PfReset>(Actor.Host, "PF_RESET") with
        {
            Traits = CommandTraits.TearsDownPf, SwitchSelfLoopTrigger = SwitchTrigger.PfReset,
            RepresentativeProfilesOf = Representatives<PfReset>(_ => true), ConformanceRepresentative = "PF reset", WeightEighths = 1,
        },
        Row<ReadSriovCapability>(Actor.Host, "PF_READ_SRIOV_CAPABILITY") with
        {
            RepresentativeProfilesOf = Representatives<ReadSriovCapability>(_ => true), ConformanceRepresentative = "the SR-IOV capability read", WeightEighths = 4,
        },
        Row<QuerySriovCapabilities>(Actor.Pf, "OID_SRIOV_CURRENT_CAPABILITIES") with
        {
            RepresentativeProfilesOf = Representatives<QuerySriovCapabilities>(null, _ => true), KindsRepresentative = "the capabilities query", WeightEighths = 4,
        },
    ];

    /// <summary>A framed OID whose header and length are the implemented revision's (an accepted representative).</summary>
    private static bool IsWellFramed(FramedOid framed) =>
        NdisStructures.Of(framed.Oid) is { } structure
        && framed.HeaderType == NdisStructureInfo.ObjectTypeDefault && framed.BufferLength == structure.SizeBytes
        && framed.HeaderRevision == structure.ImplementedRevision && framed.HeaderSize == structure.ImplementedRevisionSizeBytes;
}
