// Properties.Tests/Checking: passes every message on, a failed test's with its first message rewritten (the seed and the replay line first)
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SriovVerification.Properties.Tests.Checking;

/// <summary>Passes every message on, a failed test's with its first message rewritten (the seed and the replay line first).</summary>
/// <param name="inner">The bus the test case was given; not disposed here.</param>
/// <param name="rewrite">The new first message, from the old one.</param>
internal sealed class SeedFirstMessageBus(IMessageBus inner, Func<string, string> rewrite) : IMessageBus
{
    public bool QueueMessage(IMessageSinkMessage message)
    {
        if (message is ITestFailed failed && failed.Messages.Length > 0)
        {
            string[] messages = [rewrite(failed.Messages[0]), .. failed.Messages[1..]];
            message = new TestFailed(failed.Test, failed.ExecutionTime, failed.Output, failed.ExceptionTypes, messages, failed.StackTraces, failed.ExceptionParentIndices);
        }

        return inner.QueueMessage(message);
    }

    public void Dispose()
    {
    }
}
