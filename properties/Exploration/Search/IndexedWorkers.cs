// Exploration/Search: runs the indexes 0 … count−1 of a seeded campaign on several worker threads and hands back their results by index, so that what a caller ..
using System.Globalization;
using System.Runtime.ExceptionServices;

namespace SriovVerification.Exploration.Search;

/// <summary>
/// Runs the indexes 0 … count−1 of a seeded campaign on several worker threads and hands back their results by index,
/// so that what a caller merges in index order is the same for any worker count. Workers take the next index from a
/// shared counter; each index runs on exactly one worker, with no state shared between indexes but what the body shares.
/// With one worker everything runs on the calling thread, in index order.
/// </summary>
public static class IndexedWorkers
{
    /// <summary>The most workers a run may ask for.</summary>
    public const int WorkersMax = 1024;

    /// <summary>The default worker count: one per processor.</summary>
    public static int WorkersDefault => Math.Clamp(Environment.ProcessorCount, 1, WorkersMax);

    /// <summary>Why <paramref name="workers"/> is not a valid worker count, or null when it is.</summary>
    public static string? Problem(int workers) =>
        workers is < 1 or > WorkersMax
            ? string.Create(CultureInfo.InvariantCulture, $"--workers {workers}: expected 1 … {WorkersMax}")
            : null;

    /// <summary>
    /// <paramref name="body"/> of every index, in index order. An exception thrown by the body of some index is rethrown
    /// after every worker stopped; when several indexes throw, the lowest index's exception (the one a single worker meets first).
    /// </summary>
    public static T[] Map<T>(int count, int workers, Func<int, T> body)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(body);
        var results = new T[count];
        if (workers <= 1 || count <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                results[i] = body(i);
            }

            return results;
        }

        var next = -1;
        var failedIndex = int.MaxValue;
        ExceptionDispatchInfo? failure = null;
        var gate = new object();
        Run(Math.Min(workers, count), () =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= count || i > Volatile.Read(ref failedIndex))
                {
                    return;
                }

                try
                {
                    results[i] = body(i);
                }
                catch (Exception exception)
                {
                    lock (gate)
                    {
                        if (i < failedIndex)
                        {
                            failedIndex = i;
                            failure = ExceptionDispatchInfo.Capture(exception);
                        }
                    }
                }
            }
        });
        failure?.Throw();
        return results;
    }

    /// <summary>
    /// Runs <paramref name="body"/> for the indexes 0 … count−1 on the thread pool with at most <paramref name="workers"/>
    /// at once (in index order on the calling thread for one worker); for short bodies called often, such as the
    /// chunks of a search round. The first exception is rethrown as it was thrown.
    /// </summary>
    public static void For(int count, int workers, Action<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (workers <= 1 || count <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers }, body);
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>
    /// Runs <paramref name="loop"/> on <paramref name="workers"/> threads (the calling thread is one of them) and waits
    /// for all of them. The loop must not throw; a worker that does is rethrown here after the others stopped.
    /// </summary>
    public static void Run(int workers, Action loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        if (workers <= 1)
        {
            loop();
            return;
        }

        var errors = new ExceptionDispatchInfo?[workers];
        var threads = new Thread[workers - 1];
        for (var w = 0; w < threads.Length; w++)
        {
            var slot = w + 1;
            threads[w] = new Thread(() => errors[slot] = Guard(loop)) { IsBackground = true, Name = $"worker {slot}" };
            threads[w].Start();
        }

        errors[0] = Guard(loop);
        foreach (var thread in threads)
        {
            thread.Join();
        }

        foreach (var error in errors)
        {
            error?.Throw();
        }
    }

    private static ExceptionDispatchInfo? Guard(Action loop)
    {
        try
        {
            loop();
            return null;
        }
        catch (Exception exception)
        {
            return ExceptionDispatchInfo.Capture(exception);
        }
    }
}
