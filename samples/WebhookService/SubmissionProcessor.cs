using System.Threading.Channels;
using FlowTypes;

namespace WebhookService;

/// <summary>
/// The bounded queue between the webhook endpoint (which stores, enqueues and answers 200 at once) and the
/// background processor (which runs the typed handler and sends the reply).
/// </summary>
public sealed class SubmissionQueue
{
    private readonly Channel<StoredSubmission> _channel;

    public SubmissionQueue(Microsoft.Extensions.Options.IOptions<WebhookOptions> options) =>
        _channel = Channel.CreateBounded<StoredSubmission>(new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>Queues a stored submission. When the queue is full the submission stays stored and is picked up at the next start.</summary>
    public bool TryEnqueue(StoredSubmission submission) => _channel.Writer.TryWrite(submission);

    public ChannelReader<StoredSubmission> Reader => _channel.Reader;

    /// <summary>Submissions processed so far with their handler summaries (the demo prints them).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string Umid, string Flow, string Summary)> Processed { get; } = new();
}

public sealed class SubmissionProcessor : BackgroundService
{
    private readonly SubmissionQueue _queue;
    private readonly SubmissionStore _store;
    private readonly ReplySender _sender;
    private readonly ILogger<SubmissionProcessor> _logger;

    public SubmissionProcessor(SubmissionQueue queue, SubmissionStore store, ReplySender sender, ILogger<SubmissionProcessor> logger)
    {
        _queue = queue;
        _store = store;
        _sender = sender;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var pending in _store.Unprocessed())
        {
            await ProcessAsync(pending, stoppingToken);
        }

        await foreach (var submission in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await ProcessAsync(submission, stoppingToken);
        }
    }

    private async Task ProcessAsync(StoredSubmission stored, CancellationToken cancellationToken)
    {
        try
        {
            // The stored responseJson was validated before it was accepted; parse it into the flow's type again here.
            if (!Flows.FlowRouter.TryParse(stored.ResponseJson, out var submission, out var error))
            {
                _logger.LogError("Stored submission {Umid} no longer parses: {Error}", stored.Umid, error);
                return;
            }

            var result = FlowHandlers.Handle(submission, stored.Msisdn);
            await _sender.SendAsync(result.Reply.ToJson(), cancellationToken);
            _store.MarkProcessed(stored.Umid, result.Summary);
            _queue.Processed.Enqueue((stored.Umid, stored.Flow, result.Summary));
            _logger.LogInformation("Processed {Flow} submission {Umid}", stored.Flow, stored.Umid);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Stays unprocessed in the store and is retried at the next start.
            _logger.LogError(exception, "Processing submission {Umid} failed", stored.Umid);
        }
    }
}
