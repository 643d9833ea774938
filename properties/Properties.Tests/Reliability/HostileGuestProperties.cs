// Properties.Tests/Reliability: attempts per campaign in CI
using SriovVerification.Harness.Checking;
using SriovVerification.Harness.Reliability;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Guest;

namespace SriovVerification.Properties.Tests.Reliability;

public class HostileGuestProperties
{
    /// <summary>Attempts per campaign in CI.</summary>
    public const int AttemptCount = 1500;

    [Fact]
    public void Campaign_NoDefect_EverythingContainedAndCounted()
    {
        // Claim: whatever a hostile guest does through its VF side, nothing of another VF, another VM or the PF changes,
        // its own read-only configuration bytes stay, spoofed and foreign-VLAN frames are dropped, no frame is
        // misdelivered, and every attempt is counted by kind.
        var seed = PropertyCheck.SeedFor($"{nameof(HostileGuestProperties)}.{nameof(Campaign_NoDefect_EverythingContainedAndCounted)}");
        var report = HostileGuestCampaign.Run(seed, AttemptCount);
        Assert.True(report.ViolationCount == 0, report.Format());
        Assert.True(report.Attempts >= AttemptCount, report.Format());
        Assert.All(Enum.GetValues<HostileAttemptKind>(), k => Assert.True(report.Counts.ContainsKey(k), $"{k} never attempted\n{report.Format()}"));
        Assert.Equal(0, report.Counts[HostileAttemptKind.SpoofedSourceFrame].Accepted);
        Assert.Equal(0, report.Counts[HostileAttemptKind.ForeignVlanFrame].Accepted);
    }

    [Theory]
    [InlineData(DefectCatalog.ConfigSpaceNoBoundsCheck)]
    [InlineData(DefectCatalog.NoAntiSpoofing)]
    public void Campaign_IsolationBreakingDefect_Caught(string defect)
    {
        // Claim: the containment checks catch an adapter whose isolation is broken by the defect.
        var seed = PropertyCheck.SeedFor($"{nameof(HostileGuestProperties)}.{nameof(Campaign_IsolationBreakingDefect_Caught)}");
        var report = HostileGuestCampaign.Run(seed, 400, [defect]);
        Assert.True(report.ViolationCount > 0, $"defect {defect} not caught\n{report.Format()}");
    }

    [Fact]
    public void WritePfSriovRegister_NumVfsAboveTotalVfs_CapabilityUnchanged()
    {
        // Claim: a guest writing NumVFs = TotalVFs + 1 or VF Enable at the SR-IOV capability's offsets reaches only its
        // own VF's read-only bytes: the PF's capability (the QEMU CVE-2024-26327/26328 class) does not move.
        var datacenter = HostileGuestCampaign.Setup(1, null);
        var before = datacenter.QueryCapability(0);
        var guest = datacenter.Hostile(HostileGuestCampaign.Attacker);
        guest.WritePfSriovRegister(0x10, before.TotalVfs + 1);
        guest.WritePfSriovRegister(0x08, 0x0009);
        guest.WritePfSriovRegister(0x14, 0xFFFF);
        Assert.Equal(before, datacenter.QueryCapability(0));
        Assert.All(datacenter.HostileAttempts, a => Assert.Equal(HostileAttemptKind.PfCapabilityWrite, a.Kind));
    }
}
