// Properties.Tests/Checking: the suite's [Property]
using System.Globalization;
using System.Runtime.CompilerServices;
using FsCheck.Xunit;
using SriovVerification.Harness.Checking;
using Xunit.Sdk;

namespace SriovVerification.Properties.Tests.Checking;

/// <summary>
/// The suite's <c>[Property]</c>: FsCheck.Xunit's attribute with the suite's seed and test count. The seed is
/// <c>SRIOV_SEED</c> when set, else the FNV-1a hash of <c>{Class}.{Method}</c> (the class being the file's name), handed
/// to FsCheck as its <see cref="PropertyAttribute.Replay"/>; the count is <c>SRIOV_MAX_TEST</c> when set, else
/// <see cref="MaxTestDefault"/>. A failure's message starts with the seed and the command line that replays it
/// (<see cref="SriovPropertyTestCase"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("SriovVerification.Properties.Tests.Checking.SriovPropertyDiscoverer", "SriovVerification.Properties.Tests")]
public sealed class SriovPropertyAttribute : PropertyAttribute
{
    /// <summary>FsCheck's gamma for a seed given alone (<c>new Rnd(seed)</c>): the golden gamma of SplitMix.</summary>
    public const ulong GoldenGamma = 0x9e3779b97f4a7c15UL;

    private int maxTestDefault = PropertyCheck.MaxTestDefault;

    /// <summary>Creates the attribute; the compiler fills in the test method's name and file.</summary>
    public SriovPropertyAttribute([CallerMemberName] string testName = "", [CallerFilePath] string callerFile = "")
    {
        TestFilter = PropertyCheck.TestFilter(testName, callerFile);
        Seed = PropertyCheck.SeedFor(TestFilter);
        Replay = ReplayFor(Seed);
        MaxTest = PropertyCheck.MaxTestFor(maxTestDefault);
        QuietOnSuccess = true;
    }

    /// <summary>The test filter of the replay line, <c>{Class}.{Method}</c>.</summary>
    public string TestFilter { get; }

    /// <summary>The seed FsCheck starts from.</summary>
    public ulong Seed { get; }

    /// <summary>Tests to run unless <c>SRIOV_MAX_TEST</c> says otherwise (sets FsCheck's <see cref="PropertyAttribute.MaxTest"/>).</summary>
    public int MaxTestDefault
    {
        get => maxTestDefault;
        set
        {
            maxTestDefault = value;
            MaxTest = PropertyCheck.MaxTestFor(value);
        }
    }

    /// <summary>FsCheck.Xunit's replay text of a seed: <c>(seed,gamma)</c> in decimal, the gamma <c>new Rnd(seed)</c> uses.</summary>
    public static string ReplayFor(ulong seed) => string.Create(CultureInfo.InvariantCulture, $"({seed},{GoldenGamma})");
}
