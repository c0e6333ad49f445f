namespace WebhookService.Storage;

/// <summary>
/// An accepted flow submission as stored before the webhook is acknowledged. <see cref="Body"/> is the webhook body as
/// it arrived, which the processor reads again; <see cref="ResponseJson"/> is the submission's JSON text, kept in its
/// own column for SQL (<c>json_extract(response_json, '$.order_number')</c>). <see cref="Body"/> is null only in rows
/// stored by a version of the sample that kept no body.
/// </summary>
public sealed record StoredSubmission(string Umid, string Flow, string? FlowToken, string Msisdn, string ResponseJson, byte[]? Body, DateTimeOffset ReceivedAt);

/// <summary>A submission claimed for processing. <see cref="SendingId"/> is set when an earlier send started and its outcome was never recorded.</summary>
public sealed record ClaimedSubmission(StoredSubmission Submission, int Attempts, string? SendingId);

/// <summary>A stored submission as an operator sees it (the <c>--failed</c> command, the demo).</summary>
public sealed record SubmissionRecord(string Umid, string Flow, string Status, int Attempts, string? LastError, string? Summary, string? ReplyUmid);

/// <summary>
/// One write to the submissions table. Several are committed in one transaction by the group-commit writer, or each
/// on its own in per-request mode. Every state change names the claim or send it belongs to, so a stale instance
/// (its lease taken over) changes nothing.
/// </summary>
public abstract record StoreOperation;

/// <summary>Stores a submission; applied = false when its umid is already stored (a re-delivery).</summary>
public sealed record InsertSubmission(StoredSubmission Submission) : StoreOperation;

/// <summary>Claims up to <see cref="Max"/> due submissions (pending and due, or processing with an expired lease) for <see cref="Lease"/>.</summary>
public sealed record ClaimSubmissions(string Instance, int Max, TimeSpan Lease) : StoreOperation;

/// <summary>The durable "sending" mark, committed before the reply is sent: counts the attempt. Applied only while the claim holds.</summary>
public sealed record MarkSending(string Umid, string Instance, string SendingId) : StoreOperation;

/// <summary>The reply of send <see cref="SendingId"/> was accepted: the submission is done.</summary>
public sealed record CompleteSubmission(string Umid, string SendingId, string Summary, string? ReplyUmid) : StoreOperation;

/// <summary>Send <see cref="SendingId"/> was refused before 8x8 accepted it: pending again after <see cref="Delay"/>.</summary>
public sealed record RetrySubmission(string Umid, string SendingId, string Error, TimeSpan Delay) : StoreOperation;

/// <summary>Parks a claimed submission as failed with its reason (kept for an operator to read and replay).</summary>
public sealed record ParkSubmission(string Umid, string Instance, string? SendingId, string Reason) : StoreOperation;

/// <summary>What an operation did: whether it applied, and for a claim the claimed rows.</summary>
public readonly record struct StoreResult(bool Applied, IReadOnlyList<ClaimedSubmission>? Claimed = null);

/// <summary>
/// Durable storage of accepted submissions, which is also the processing queue. The umid is the primary key, so a
/// re-delivered webhook (8x8 delivers at least once) is stored once. Each row carries its processing state:
/// <c>status</c> (pending, processing, done, failed), <c>claimed_by</c>/<c>lease_until</c>, <c>attempts</c>,
/// <c>next_attempt_at</c>, <c>last_error</c>, the webhook <c>body</c>, the sending mark (<c>sending_id</c>, <c>sending_since</c>) and the
/// 8x8 <c>reply_umid</c>. All values go in as parameters, never into SQL text.
/// </summary>
public interface ISubmissionStore
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Name { get; }

    /// <summary>How many group-commit batches may be committed at the same time (1 for SQLite, which has one writer).</summary>
    int ConcurrentBatches { get; }

    /// <summary>Creates the table if needed (and, for SQLite, releases the claims of the previous run).</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Applies the operations in order in one transaction: all of them are committed, or none (the call throws).</summary>
    Task<StoreResult[]> ExecuteAsync(IReadOnlyList<StoreOperation> operations, CancellationToken cancellationToken);

    /// <summary>Stored submissions with the given status (all when null), oldest first.</summary>
    Task<IReadOnlyList<SubmissionRecord>> ListAsync(string? status, int limit, CancellationToken cancellationToken);

    /// <summary>Makes failed submissions pending again with a fresh attempt budget (the given umids, or every failed one when empty); returns how many.</summary>
    Task<int> ReplayAsync(IReadOnlyList<string> umids, CancellationToken cancellationToken);
}

/// <summary>The status values of the <c>status</c> column.</summary>
public static class SubmissionStatus
{
    public const string Pending = "pending";
    public const string Processing = "processing";
    public const string Done = "done";
    public const string Failed = "failed";
}
