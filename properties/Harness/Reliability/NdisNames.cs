// Harness/Reliability: the NDIS spelling of the adapter's enumerations
using System.Text;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Ndis;

namespace SriovVerification.Harness.Reliability;

/// <summary>The NDIS spelling of the adapter's enumerations.</summary>
public static class NdisNames
{
    /// <summary><c>NDIS_STATUS_INVALID_LENGTH</c> for <see cref="NdisStatus.InvalidLength"/>, and so on.</summary>
    public static string Status(NdisStatus status)
    {
        var name = status.ToString();
        var text = new StringBuilder("NDIS_STATUS_");
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
