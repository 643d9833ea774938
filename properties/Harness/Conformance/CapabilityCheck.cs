// Harness/Conformance: the PF's SR-IOV capability against the configuration, at every read-back (spec section 4)
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
    private static readonly string[] EnableOrder = SriovModel.EnableOrder.Split(',');

    /// <summary>Adds a <c>hostN.capability.Field: expected …, actual …</c> line to <paramref name="discrepancies"/> for each register that disagrees.</summary>
    public static void Check(ModelConfig config, int h, I.Switch.SriovCapabilitySnapshot capability, ref List<string>? discrepancies)
    {
        Compare(ref discrepancies, h, "TotalVFs", config.TotalVfs, capability.TotalVfs, Dec);
        Compare(ref discrepancies, h, "InitialVFs", config.TotalVfs, capability.InitialVfs, Dec);
        Compare(ref discrepancies, h, "VFMSE", capability.VfEnable ? 1 : 0, capability.VfMemorySpaceEnable ? 1 : 0, Dec);
        Compare(ref discrepancies, h, "FirstVFOffset", config.FirstVfOffsetFor(capability.NumVfs), capability.FirstVfOffset, Dec);
        Compare(ref discrepancies, h, "VFStride", config.VfStrideFor(capability.NumVfs), capability.VfStride, Dec);
        Compare(ref discrepancies, h, "VFDeviceID", config.VfDeviceId, capability.VfDeviceId, Hex);
        Compare(ref discrepancies, h, "SystemPageSize", config.SystemPageSize, capability.SystemPageSize, Hex);
        if (capability.VfEnable && !InSpecOrder(capability.EnableAccesses))
        {
            Add(ref discrepancies, h, "EnableOrder", SriovModel.EnableOrder, string.Join(",", capability.EnableAccesses));
        }
    }

    /// <summary>Whether the accesses are the spec's order, <see cref="SriovModel.EnableOrder"/>, access for access.</summary>
    private static bool InSpecOrder(IReadOnlyList<string> accesses)
    {
        if (accesses.Count != EnableOrder.Length)
        {
            return false;
        }

        for (var i = 0; i < accesses.Count; i++)
        {
            if (!string.Equals(accesses[i], EnableOrder[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void Compare(ref List<string>? discrepancies, int h, string field, int expected, int actual, Func<int, string> format)
    {
        if (expected != actual)
        {
            Add(ref discrepancies, h, field, format(expected), format(actual));
        }
    }

    private static void Add(ref List<string>? discrepancies, int h, string field, string expected, string actual) =>
        (discrepancies ??= []).Add(string.Create(CultureInfo.InvariantCulture, $"host{h}.capability.{field}: expected {expected}, actual {actual}"));

    private static string Dec(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Hex(int value) => "0x" + value.ToString("X4", CultureInfo.InvariantCulture);
}
