// Properties.Tests/Checking: discovers SriovPropertyAttribute tests as SriovPropertyTestCases
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SriovVerification.Properties.Tests.Checking;

/// <summary>Discovers <see cref="SriovPropertyAttribute"/> tests as <see cref="SriovPropertyTestCase"/>s.</summary>
/// <param name="diagnosticMessageSink">xunit's diagnostic sink.</param>
public sealed class SriovPropertyDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc/>
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        yield return new SriovPropertyTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}
