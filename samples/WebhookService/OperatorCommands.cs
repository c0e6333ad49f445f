using WebhookService.Storage;

namespace WebhookService;

/// <summary>The operator's view of parked submissions: list them, replay them (<c>--failed</c>, <c>--replay</c>, <c>--replay-failed</c>).</summary>
internal static class OperatorCommands
{
    /// <summary>Lists the submissions parked as failed, one per line with its reason.</summary>
    public static async Task<int> ListFailedAsync(ISubmissionStore store)
    {
        var failed = await store.ListAsync(SubmissionStatus.Failed, int.MaxValue, CancellationToken.None);
        foreach (var record in failed)
        {
            Console.WriteLine($"{record.Umid}\t{record.Flow}\tattempts={record.Attempts}\t{record.LastError}");
        }

        Console.WriteLine($"{failed.Count} failed submission(s) in {store.Name}");
        return 0;
    }

    /// <summary>Makes the given failed submissions (every failed one when <paramref name="umids"/> is empty) pending again; the running service picks them up.</summary>
    public static async Task<int> ReplayAsync(IReadOnlyList<string> umids, ISubmissionStore store)
    {
        var count = await store.ReplayAsync(umids, CancellationToken.None);
        Console.WriteLine($"{count} failed submission(s) made pending again");
        return 0;
    }
}
