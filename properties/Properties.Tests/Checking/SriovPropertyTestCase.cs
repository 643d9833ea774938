// Properties.Tests/Checking: FsCheck.Xunit's test case, run unchanged, with one difference in what it reports
using FsCheck.Xunit;
using SriovVerification.Harness.Checking;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SriovVerification.Properties.Tests.Checking;

/// <summary>
/// FsCheck.Xunit's test case, run unchanged, with one difference in what it reports: a failure's first message is
/// <see cref="PropertyCheck.FailureMessage"/> of FsCheck's, so it starts with the seed and the replay line.
/// </summary>
public sealed class SriovPropertyTestCase : PropertyTestCase
{
    /// <summary>For xunit's deserializer.</summary>
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SriovPropertyTestCase()
    {
    }

    /// <summary>Creates the test case of <paramref name="testMethod"/>.</summary>
    public SriovPropertyTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, null)
    {
    }

    /// <inheritdoc/>
    public override Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink,
        IMessageBus messageBus,
        object[] constructorArguments,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource)
    {
        var attribute = TestMethod.Method.GetCustomAttributes(typeof(SriovPropertyAttribute)).OfType<IReflectionAttributeInfo>().Select(a => a.Attribute).OfType<SriovPropertyAttribute>().Single();
        var bus = new SeedFirstMessageBus(messageBus, report => PropertyCheck.FailureMessage(attribute.Seed, attribute.MaxTest, attribute.TestFilter, report));
        return base.RunAsync(diagnosticMessageSink, bus, constructorArguments, aggregator, cancellationTokenSource);
    }
}
