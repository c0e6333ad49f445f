namespace WebhookService;

/// <summary>How an accepted submission is committed before the 200.</summary>
public enum CommitMode
{
    /// <summary>One writer drains a bounded queue and commits each batch in one transaction (the default).</summary>
    Group,

    /// <summary>Every request commits its own transaction (the simplest durable mode; slower under load).</summary>
    PerRequest,
}

/// <summary>Webhook endpoint and storage settings (section "Webhook").</summary>
public sealed class WebhookOptions
{
    /// <summary>SQLite connection string, used unless <c>ConnectionStrings:PostgreSql</c> is set; by default a file next to the app.</summary>
    public string ConnectionString { get; set; } = "Data Source=submissions.db";

    /// <summary>Bodies above this size are rejected with 413 before they are read.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

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

    /// <summary>
    /// Origin check (off when empty): the addresses or CIDR ranges (<c>203.0.113.0/24</c>) webhooks may come from; others
    /// get 403. Use the ranges 8x8 gives you. Behind a reverse proxy the remote address is the proxy's: enforce it there.
    /// </summary>
    public string[] AllowedNetworks { get; set; } = [];

    /// <summary>
    /// Origin check (off when empty): a secret you add to the webhook URL you register with 8x8 (<c>?secret=...</c>) or
    /// send in the <see cref="SharedSecretHeader"/> header; requests without it get 401.
    /// </summary>
    public string SharedSecret { get; set; } = string.Empty;

    /// <summary>The header that may carry <see cref="SharedSecret"/>.</summary>
    public string SharedSecretHeader { get; set; } = "X-Webhook-Secret";
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

    /// <summary>How long a claimed submission belongs to this instance; after that another instance may take it over. Keep it above EightByEight:Timeout.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the database is polled without a wake-up (due retries, expired leases, other instances' rows).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>8x8 Chat Apps API settings (section "EightByEight"). With no ApiKey the service runs in dry-run mode.</summary>
public sealed class EightByEightOptions
{
    /// <summary>The API base address.</summary>
    public string BaseUrl { get; set; } = "https://chatapps.8x8.com/api/v1";

    /// <summary>Your sub-account id.</summary>
    public string SubAccountId { get; set; } = string.Empty;

    /// <summary>The API key (Bearer token). Keep it out of source control: use user secrets or an environment variable (EightByEight__ApiKey).</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Timeout of one send; a send that times out is "in doubt" (see docs/reliability.md).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when no API key is configured: replies are logged, not sent.</summary>
    public bool DryRun => string.IsNullOrWhiteSpace(ApiKey);
}
