using System.Threading.Channels;

namespace ArabicNews.Nlp.Cli;

/// <summary>
/// Runs a function over a stream of items on several cores and hands the results back in input order. At most
/// about three times <c>jobs</c> items are in flight at once, so memory stays constant however long the stream is.
/// </summary>
internal static class OrderedPipeline
{
    /// <param name="items">The items, read lazily (a JSONL stream is never read ahead by more than the window).</param>
    /// <param name="work">The work on one item; runs in parallel; should report failures in its result rather than throw.</param>
    /// <param name="consume">Receives each item's result, in input order, on one thread at a time.</param>
    /// <param name="jobs">How many items are worked on at once.</param>
    /// <param name="cancellationToken">Stops reading and working.</param>
    public static async Task RunAsync<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work, Action<TItem, TResult> consume, int jobs, CancellationToken cancellationToken)
    {
        jobs = Math.Max(1, jobs);
        var schedulers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, jobs);
        TaskScheduler scheduler = schedulers.ConcurrentScheduler;
        var channel = Channel.CreateBounded<(TItem Item, Task<TResult> Result)>(new BoundedChannelOptions(jobs * 2)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken token = stop.Token;
        Task producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (TItem item in items)
                    {
                        token.ThrowIfCancellationRequested();
                        Task<TResult> task = Task.Factory.StartNew(() => work(item), token, TaskCreationOptions.DenyChildAttach, scheduler);
                        await channel.Writer.WriteAsync((item, task), token).ConfigureAwait(false);
                    }

                    channel.Writer.TryComplete();
                }
                catch (Exception e)
                {
                    channel.Writer.TryComplete(e);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var (item, result) in channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                consume(item, await result.ConfigureAwait(false));
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
            schedulers.Complete();
        }
    }
}
