// Properties.Tests/Exploration: tests of ExplorationAssembly

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class ExplorationAssemblyTests
{
    [Fact]
    public void ExplorationReferencesTheModelAndTheTraceFormatButNotTheImplementation()
    {
        var references = typeof(Explorer).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("SriovVerification.Model", references);
        Assert.DoesNotContain("SriovVerification.Implementation", references);
        Assert.DoesNotContain("SriovVerification.Harness", references);
    }

    [Fact]
    public void TheTraceFormatReferencesTheModelButNotTheImplementation()
    {
        var references = typeof(Trace).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("SriovVerification.Model", references);
        Assert.DoesNotContain("SriovVerification.Implementation", references);
        Assert.DoesNotContain("SriovVerification.Harness", references);
        Assert.DoesNotContain("SriovVerification.Exploration", references);
    }
}
