using FlowTypes;
using FlowTypes.ChatApps;
using Microsoft.Extensions.Options;
using WebhookService.Storage;

namespace WebhookService.Processing;

/// <summary>
/// Processes stored submissions: claims due rows from the database (the queue), reads each stored webhook body with the
/// <see cref="WebhookHandler"/>'s <c>Events</c>, dispatches it to the handler's method for its flow and sends the reply
/// that method decided. Up to Processing:Concurrency submissions are in flight; it claims more as soon as one finishes, when the
/// endpoint signals a new row, and every Processing:PollInterval (due retries, expired leases, rows stored by another
/// instance).
/// </summary>
/// <remarks>
/// Sending is made idempotent with a durable sending mark: before a reply is sent, <c>sending_id</c> is committed
/// (with the attempt count); the outcome (done with the 8x8 message id, retry, or failed) is committed after it and
/// only applies to that same sending id. A claimed row that still carries a sending mark is a send whose outcome was
/// never recorded (the instance died or lost its lease mid-send): it is not sent again but parked as failed "in doubt",
/// for an operator to check in the 8x8 message log and replay if the reply never went out. A reply is thus never sent
/// twice; the price is that a crash during a send parks that one submission instead of finishing it.
/// </remarks>
public sealed class SubmissionProcessor : BackgroundService
{
    /// <summary>
    /// Limits for reading stored bodies again: they passed the endpoint's limits when they arrived, so none stricter
    /// applies now (a lower Webhook:MaxBodyBytes set later must not strand rows stored before).
    /// </summary>
    private static readonly FlowParseOptions StoredBodyLimits = new() { MaxBodyBytes = int.MaxValue, MaxDepth = 256 };

    private readonly ISubmissionWriter _writer;
    private readonly ProcessingSignal _signal;
    private readonly IServiceScopeFactory _scopes;
    private readonly Replies _replies;
    private readonly ProcessingOptions _options;
    private readonly ILogger<SubmissionProcessor> _logger;
    /// <summary>How many rows per send slot are claimed ahead.</summary>
    private const int ClaimAhead = 4;

    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly SemaphoreSlim _sendSlots;

    public SubmissionProcessor(ISubmissionWriter writer, ProcessingSignal signal, IServiceScopeFactory scopes, Replies replies, IOptions<ProcessingOptions> options, ILogger<SubmissionProcessor> logger)
    {
        _writer = writer;
        _signal = signal;
        _scopes = scopes;
        _replies = replies;
        _options = options.Value;
        _logger = logger;
        _sendSlots = new SemaphoreSlim(Math.Max(1, _options.Concurrency));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Up to Concurrency sends at once; claimed rows beyond that wait in memory for a send slot, so that claims
        // (and the durable marks around each send) are committed in batches rather than one row at a time.
        var concurrency = Math.Max(1, _options.Concurrency) * ClaimAhead;
        var running = new List<Task>(concurrency);
        Task? wake = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Claim when there is room for at least one send slot's worth of rows (or nothing is running).
            var free = concurrency - running.Count;
            var claiming = free >= concurrency / ClaimAhead || running.Count == 0;
            IReadOnlyList<ClaimedSubmission> claimed = [];
            if (claiming)
            {
                try
                {
                    claimed = (await _writer.ExecuteAsync(new ClaimSubmissions(_instance, free, _options.Lease), stoppingToken)).Claimed ?? [];
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception exception)
                {
                    _logger.LogError(exception, "Claiming submissions failed; retrying after the poll interval");
                }
            }

            // In-flight submissions finish their send even when the host stops (a send cut short would be in doubt).
            running.AddRange(claimed.Select(c => Task.Run(() => ProcessAsync(c), CancellationToken.None)));
            var waits = new List<Task>(running);
            if (claiming && claimed.Count < free)
            {
                // Nothing more is due now: wait for a new row (signal), a finished send or the poll interval.
                wake ??= _signal.WaitAsync(_options.PollInterval, stoppingToken);
                waits.Add(wake);
            }

            await Task.WhenAny(waits);
            running.RemoveAll(t => t.IsCompleted);
            if (wake is { IsCompleted: true })
            {
                wake = null;
            }
        }

        await Task.WhenAll(running);
    }

    private async Task ProcessAsync(ClaimedSubmission claimed)
    {
        // The slot is held until the send's outcome is committed: at most Concurrency rows of an instance carry a
        // sending mark without an outcome, so a crash parks at most that many as in doubt.
        await _sendSlots.WaitAsync();
        var stored = claimed.Submission;
        try
        {
            if (claimed.SendingId is { } unfinished)
            {
                await ParkAsync(stored.Umid, unfinished, "in doubt: a send of this reply started but its outcome was never recorded (the instance stopped or lost its lease during the send); check the 8x8 message log, then replay it if the reply did not go out");
                return;
            }

            if (stored.Body is null)
            {
                await ParkAsync(stored.Umid, null, "stored by an earlier version of the sample, which kept only response_json and not the webhook body; it cannot be processed by this version");
                return;
            }

            // The handler of this row (scoped, like the one each request gets). The stored body was read and accepted
            // when it arrived; it is read again with the same Events and dispatched to the method of its flow.
            await using var scope = _scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<WebhookHandler>();
            if (!handler.Events.TryParse(stored.Body, StoredBodyLimits, out var webhookEvent, out var error))
            {
                await ParkAsync(stored.Umid, null, $"the stored webhook body no longer parses: {error}");
                return;
            }

            try
            {
                await handler.DispatchAsync(webhookEvent, CancellationToken.None);
            }
            catch (Exception exception)
            {
                // A handler that throws would throw again on every claim: park the row with the reason instead.
                _logger.LogError(exception, "The handler failed for submission {Umid}", stored.Umid);
                await ParkAsync(stored.Umid, null, $"the handler failed: {exception.GetType().Name}: {exception.Message}");
                return;
            }

            if (handler.Decision is not { Reply: { } reply } decision)
            {
                await ParkAsync(stored.Umid, null, handler.Decision?.Summary ?? $"the handler decided no reply for this {webhookEvent.GetType().Name}");
                return;
            }

            var sendingId = Guid.NewGuid().ToString("N");
            if (!(await _writer.ExecuteAsync(new MarkSending(stored.Umid, _instance, sendingId), CancellationToken.None)).Applied)
            {
                _logger.LogWarning("Submission {Umid} was taken over by another instance before its reply was sent", stored.Umid);
                return;
            }

            var outcome = await _replies.SendAsync(reply, CancellationToken.None);
            var attempts = claimed.Attempts + 1;
            StoreOperation next = outcome.Failure switch
            {
                null => new CompleteSubmission(stored.Umid, sendingId, decision.Summary, outcome.ReplyUmid),
                ChatAppsFailureKind.Transient when attempts < _options.MaxAttempts => new RetrySubmission(stored.Umid, sendingId, $"attempt {attempts}: {outcome.Reason}", RetryDelay(attempts)),
                ChatAppsFailureKind.Transient => new ParkSubmission(stored.Umid, _instance, sendingId, $"gave up after {attempts} attempts; last: {outcome.Reason}"),
                ChatAppsFailureKind.Refused => new ParkSubmission(stored.Umid, _instance, sendingId, $"rejected on attempt {attempts}: {outcome.Reason}"),
                _ => new ParkSubmission(stored.Umid, _instance, sendingId, $"in doubt on attempt {attempts}: {outcome.Reason}; check the 8x8 message log, then replay it if the reply did not go out"),
            };
            var applied = (await _writer.ExecuteAsync(next, CancellationToken.None)).Applied;
            if (next is CompleteSubmission)
            {
                _logger.LogInformation("Processed {Flow} submission {Umid}", stored.Flow, stored.Umid);
            }
            else
            {
                _logger.LogWarning("Reply to {Umid} not sent ({Failure}): {Reason}", stored.Umid, outcome.Failure, outcome.Reason);
            }

            if (!applied)
            {
                _logger.LogWarning("The outcome of the send for {Umid} was not recorded: the row changed meanwhile", stored.Umid);
            }
        }
        catch (Exception exception)
        {
            // The claim runs out and the row is claimed again (or, with a sending mark, parked as in doubt).
            _logger.LogError(exception, "Processing submission {Umid} failed", stored.Umid);
        }
        finally
        {
            _sendSlots.Release();
        }
    }

    private Task ParkAsync(string umid, string? sendingId, string reason)
    {
        _logger.LogWarning("Submission {Umid} parked as failed: {Reason}", umid, reason);
        return _writer.ExecuteAsync(new ParkSubmission(umid, _instance, sendingId, reason), CancellationToken.None);
    }

    /// <summary>RetryBaseDelay doubled per attempt, at most RetryMaxDelay, with ±20% jitter so retries of many rows spread out.</summary>
    private TimeSpan RetryDelay(int attempts)
    {
        var delay = _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        delay = Math.Min(delay, _options.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(delay * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }
}
