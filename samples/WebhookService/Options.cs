namespace WebhookService;

/// <summary>Webhook endpoint settings (section "Webhook").</summary>
public sealed class WebhookOptions
{
    /// <summary>SQLite connection string; by default a file next to the app.</summary>
    public string ConnectionString { get; set; } = "Data Source=submissions.db";

    /// <summary>Bodies above this size are rejected with 413 before they are read.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Capacity of the in-memory queue between the endpoint and the background processor.</summary>
    public int QueueCapacity { get; set; } = 1024;
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

    /// <summary>True when no API key is configured: replies are logged, not sent.</summary>
    public bool DryRun => string.IsNullOrWhiteSpace(ApiKey);
}
