using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace WebhookService.Storage;

/// <summary>Commits store operations; the returned task completes when the operation is durably committed.</summary>
public interface ISubmissionWriter
{
    Task<StoreResult> ExecuteAsync(StoreOperation operation, CancellationToken cancellationToken);
}

/// <summary><see cref="CommitMode.PerRequest"/>: every operation is its own transaction, on the caller's task.</summary>
public sealed class PerRequestWriter : ISubmissionWriter
{
    private readonly ISubmissionStore _store;

    public PerRequestWriter(ISubmissionStore store) => _store = store;

    public async Task<StoreResult> ExecuteAsync(StoreOperation operation, CancellationToken cancellationToken) =>
        (await _store.ExecuteAsync([operation], cancellationToken))[0];
}

/// <summary>
/// <see cref="CommitMode.Group"/>: callers put operations on a bounded queue and await them; one writer drains
/// whatever is queued (up to Webhook:MaxBatchSize) and commits it in one transaction, then completes every caller.
/// (On PostgreSQL, which takes concurrent transactions, a few writers do this side by side.)
/// A request is answered 200 only after its own insert is committed, so the acknowledgement still means "stored";
/// many requests share one commit (one fsync) instead of queueing on the database's write lock.
/// </summary>
public sealed class GroupCommitWriter : BackgroundService, ISubmissionWriter
{
    private readonly ISubmissionStore _store;
    private readonly ILogger<GroupCommitWriter> _logger;
    private readonly Channel<Pending> _queue;
    private readonly int _maxBatch;

    public GroupCommitWriter(ISubmissionStore store, IOptions<WebhookOptions> options, ILogger<GroupCommitWriter> logger)
    {
        _store = store;
        _logger = logger;
        _maxBatch = Math.Max(1, options.Value.MaxBatchSize);
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Math.Max(1, options.Value.WriteQueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = store.ConcurrentBatches == 1,
        });
    }

    public async Task<StoreResult> ExecuteAsync(StoreOperation operation, CancellationToken cancellationToken)
    {
        var pending = new Pending(operation, new TaskCompletionSource<StoreResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);

        // Once queued, the operation is committed or failed whatever the caller does; the caller may stop waiting.
        return await pending.Result.Task.WaitAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stopped after the web server and the processor (reverse registration order): commit what is queued, then end.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, _store.ConcurrentBatches)).Select(_ => Task.Run(WriteLoopAsync, CancellationToken.None)));

    /// <summary>One writer: takes whatever is queued (up to the batch size), commits it, completes the callers.</summary>
    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(_maxBatch);
        var operations = new List<StoreOperation>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            operations.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                operations.Add(pending.Operation);
            }

            try
            {
                var results = await _store.ExecuteAsync(operations, CancellationToken.None);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Result.TrySetResult(results[i]);
                }
            }
            catch (Exception exception) when (batch.Count > 1)
            {
                // Nothing of the batch is committed. Commit its operations one by one, so that one failing operation
                // fails only its own caller.
                _logger.LogWarning(exception, "Committing a batch of {Count} operations failed; committing them one by one", batch.Count);
                foreach (var pending in batch)
                {
                    await ExecuteAloneAsync(pending);
                }
            }
            catch (Exception exception)
            {
                Fail(batch[0], exception);
            }
        }
    }

    private async Task ExecuteAloneAsync(Pending pending)
    {
        try
        {
            pending.Result.TrySetResult((await _store.ExecuteAsync([pending.Operation], CancellationToken.None))[0]);
        }
        catch (Exception exception)
        {
            Fail(pending, exception);
        }
    }

    /// <summary>The caller sees the failure (a webhook gets 500 and 8x8 delivers it again).</summary>
    private void Fail(Pending pending, Exception exception)
    {
        _logger.LogError(exception, "Committing a {Operation} failed", pending.Operation.GetType().Name);
        pending.Result.TrySetException(exception);
    }

    private sealed record Pending(StoreOperation Operation, TaskCompletionSource<StoreResult> Result);
}
