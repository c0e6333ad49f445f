namespace WebhookService;

/// <summary>How an accepted submission is committed before the 200.</summary>
public enum CommitMode
{
    /// <summary>One writer drains a bounded queue and commits each batch in one transaction (the default).</summary>
    Group,

    /// <summary>Every request commits its own transaction (the simplest durable mode; slower under load).</summary>
    PerRequest,
}

/// <summary>
/// Storage settings (section "Webhook"). The endpoint's own settings in the same section (<c>MaxBodyBytes</c>,
/// <c>MaxDepth</c>, <c>AllowedNetworks</c>, <c>SharedSecret</c>, <c>SharedSecretHeader</c>) are read by
/// FlowTypes.AspNetCore's <c>AddChatAppsWebhook</c>.
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>SQLite connection string, used unless <c>ConnectionStrings:PostgreSql</c> is set; by default a file next to the app.</summary>
    public string ConnectionString { get; set; } = "Data Source=submissions.db";

    /// <summary>
    /// Capacity of the in-memory wake-up signal between the endpoint and the processor. It carries no submissions:
    /// the database is the queue, so a full signal loses nothing.
    /// </summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>Group commit (default) or one transaction per request.</summary>
    public CommitMode CommitMode { get; set; } = CommitMode.Group;

    /// <summary>Group commit: at most this many operations in one transaction.</summary>
    public int MaxBatchSize { get; set; } = 512;

    /// <summary>Group commit: requests waiting for the writer beyond this many wait for room (back-pressure).</summary>
    public int WriteQueueCapacity { get; set; } = 8192;
}

/// <summary>Background processing settings (section "Processing").</summary>
public sealed class ProcessingOptions
{
    /// <summary>How many submissions are handled (replies in flight) at once by one instance.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>Send attempts before a submission is parked as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay before the first retry; doubled for each further attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Upper bound of the retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claimed submission belongs to this instance; after that another instance may take it over. Keep it above ChatApps:AttemptTimeout (and above ChatApps:TotalTimeout if you turn the client's retries on).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the database is polled without a wake-up (due retries, expired leases, other instances' rows).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
