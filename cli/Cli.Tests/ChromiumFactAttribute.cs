// CLI test support: a fact that runs only where headless Chromium is installed.
namespace SriovVerification.Cli.Tests;

/// <summary>A fact that needs headless Chromium: skipped, saying how to install it, on a machine without it (<c>.ci/run</c> installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian installs Chromium.</summary>
    public static readonly string[] Paths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no Chromium is installed.</summary>
    public ChromiumFactAttribute()
    {
        if (!Paths.Any(File.Exists))
        {
            Skip = "headless Chromium is not installed: apt-get install chromium (.ci/run installs it)";
        }
    }
}
