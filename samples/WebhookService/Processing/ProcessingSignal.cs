using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace WebhookService.Processing;

/// <summary>
/// Wakes the processor when a submission was stored. It carries no submissions and may drop signals when full
/// (capacity Webhook:QueueCapacity): the database is the queue, and the processor also polls it.
/// </summary>
public sealed class ProcessingSignal
{
    private readonly Channel<bool> _channel;

    public ProcessingSignal(IOptions<WebhookOptions> options) =>
        _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Signals that there is work; never blocks.</summary>
    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a signal or the timeout, then clears pending signals.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await _channel.Reader.WaitToReadAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // the poll interval passed
        }

        while (_channel.Reader.TryRead(out _))
        {
        }
    }
}
