using System.Globalization;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <summary>
/// The PF's SR-IOV capability against the configuration, at every read-back (spec section 4): TotalVFs and InitialVFs,
/// VF MSE set exactly with VF Enable, First VF Offset and VF Stride the configuration's table gives for the current
/// NumVFs, VF Device ID, System Page Size, and, while VF Enable is set, the accesses that enabled it in the spec's order
/// (NumVFs written, then offset and stride read, then VF Enable).
/// </summary>
internal static class CapabilityCheck
{
    /// <summary>Adds a <c>hostN.capability.Field: expected …, actual …</c> line to <paramref name="discrepancies"/> for each register that disagrees.</summary>
    public static void Check(ModelConfig config, int h, I.SriovCapabilitySnapshot capability, ref List<string>? discrepancies)
    {
        Compare(ref discrepancies, h, "TotalVFs", Dec(config.TotalVfs), Dec(capability.TotalVfs));
        Compare(ref discrepancies, h, "InitialVFs", Dec(config.TotalVfs), Dec(capability.InitialVfs));
        Compare(ref discrepancies, h, "VFMSE", Flag(capability.VfEnable), Flag(capability.VfMemorySpaceEnable));
        Compare(ref discrepancies, h, "FirstVFOffset", Dec(config.FirstVfOffsetFor(capability.NumVfs)), Dec(capability.FirstVfOffset));
        Compare(ref discrepancies, h, "VFStride", Dec(config.VfStrideFor(capability.NumVfs)), Dec(capability.VfStride));
        Compare(ref discrepancies, h, "VFDeviceID", Hex(config.VfDeviceId), Hex(capability.VfDeviceId));
        Compare(ref discrepancies, h, "SystemPageSize", Hex(config.SystemPageSize), Hex(capability.SystemPageSize));
        if (capability.VfEnable)
        {
            Compare(ref discrepancies, h, "EnableOrder", SriovModel.EnableOrder, string.Join(",", capability.EnableAccesses));
        }
    }

    private static void Compare(ref List<string>? discrepancies, int h, string field, string expected, string actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            (discrepancies ??= []).Add(string.Create(CultureInfo.InvariantCulture, $"host{h}.capability.{field}: expected {expected}, actual {actual}"));
        }
    }

    private static string Dec(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Hex(int value) => "0x" + value.ToString("X4", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "1" : "0";
}
