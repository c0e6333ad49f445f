using System.CommandLine;
using FlowTypes.AspNetCore;
using FlowTypes.ChatApps;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using WebhookService;
using WebhookService.Processing;
using WebhookService.Storage;

// dotnet WebhookService.dll [--demo | --failed | --replay <umid>... | --replay-failed] [host options]
//   no option:  serves POST /webhooks/8x8 (and the appointment flow's endpoint) on 127.0.0.1:5080 until stopped.
// Everything else on the command line goes to the ASP.NET Core host: --urls http://0.0.0.0:5080, --environment,
// Section:Key=value settings.
var demo = new Option<bool>("--demo")
{
    Description = "Start on a free loopback port, replay the sample webhook bodies in SamplePayloads/, print what the typed handlers received and the dry-run replies, then exit.",
};
var failed = new Option<bool>("--failed") { Description = "List the submissions parked as failed, with their reason, then exit." };
var replay = new Option<string[]>("--replay")
{
    Description = "Make these failed submissions pending again (fresh attempt budget), then exit; the running service sends them.",
    HelpName = "umid",
    Arity = ArgumentArity.OneOrMore,
    AllowMultipleArgumentsPerToken = true,
};
var replayFailed = new Option<bool>("--replay-failed") { Description = "Make every failed submission pending again, then exit." };

var root = new RootCommand("The FlowTypes sample webhook service: 8x8 webhooks stored before they are acknowledged, processed from the database by the typed handlers, replies sent at most once.")
{
    demo, failed, replay, replayFailed,
};
root.TreatUnmatchedTokensAsErrors = false; // the host's own options
root.Validators.Add(result =>
{
    var chosen = new Option[] { demo, failed, replay, replayFailed }.Where(o => result.GetResult(o) is not null).Select(o => o.Name).ToList();
    if (chosen.Count > 1)
    {
        result.AddError($"{string.Join(" and ", chosen)} cannot be combined.");
    }

    // A host option after the umids would be read as one of them.
    if (result.GetResult(replay)?.Tokens.FirstOrDefault(t => t.Value.StartsWith('-')) is { } option)
    {
        result.AddError($"--replay takes umids; '{option.Value}' looks like an option: put host options before --replay.");
    }
});
root.SetAction((parse, _) =>
{
    var mode = parse.GetValue(demo) ? RunMode.Demo
        : parse.GetValue(failed) ? RunMode.ListFailed
        : parse.GetResult(replay) is not null ? RunMode.Replay
        : parse.GetValue(replayFailed) ? RunMode.Replay
        : RunMode.Serve;
    return Service.RunAsync(mode, parse.GetValue(replay) ?? [], [.. parse.UnmatchedTokens]);
});

// The host handles SIGINT/SIGTERM itself (graceful stop: sends under way finish and their outcomes are committed).
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });

/// <summary>What the command line asked for.</summary>
internal enum RunMode
{
    Serve,
    Demo,
    ListFailed,
    Replay,
}

/// <summary>The service: its settings and parts, then serving, the demo, or an operator command.</summary>
internal static class Service
{
    public const string WebhookPath = "/webhooks/8x8";

    public static async Task<int> RunAsync(RunMode mode, string[] replayUmids, string[] hostArgs)
    {
        var builder = WebApplication.CreateBuilder(hostArgs);
        builder.WebHost.UseKestrel(kestrel => kestrel.AddServerHeader = false);
        if (mode == RunMode.Demo)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["Webhook:ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"flowtypes-demo-{Guid.NewGuid():N}.db")}";
            builder.Configuration["ConnectionStrings:PostgreSql"] = string.Empty;
            builder.Configuration["ChatApps:ApiKey"] = string.Empty; // the demo never sends: its replies go to a sample number
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            builder.Configuration["Logging:LogLevel:WebhookService"] = "Error";
            builder.Configuration["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
        }
        else if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        AddServices(builder, mode == RunMode.Demo);
        var app = builder.Build();

        // The table exists before the first request and before the processor's first claim.
        var store = app.Services.GetRequiredService<ISubmissionStore>();
        await store.InitializeAsync(CancellationToken.None);

        // Mapped before an operator command too: a malformed Webhook:AllowedNetworks stops every start.
        MapWebhook(app);
        switch (mode)
        {
            case RunMode.ListFailed:
                return await OperatorCommands.ListFailedAsync(store);
            case RunMode.Replay:
                return await OperatorCommands.ReplayAsync(replayUmids, store);
        }

        AppointmentEndpoint.Map(app);
        if (mode == RunMode.Serve)
        {
            await app.RunAsync();
            return 0;
        }

        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return await Demo.RunAsync(new Uri(address), app.Services);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static void AddServices(WebApplicationBuilder builder, bool demo)
    {
        var configuration = builder.Configuration;

        // --- Settings ---------------------------------------------------------------------------------------------
        builder.Services.Configure<WebhookOptions>(configuration.GetSection("Webhook"));
        builder.Services.Configure<ProcessingOptions>(configuration.GetSection("Processing"));

        // --- Storage: SQLite by default, PostgreSQL when ConnectionStrings:PostgreSql is set ---------------------------
        builder.Services.AddSingleton<ISubmissionStore>(sp =>
            configuration.GetConnectionString("PostgreSql") is { Length: > 0 } postgres
                ? new PostgresSubmissionStore(postgres)
                : new SqliteSubmissionStore(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.ConnectionString));

        // --- Commits: group commit (one writer, one transaction per batch) or one transaction per request ------------
        // Hosted services stop in reverse order of registration: the writer is registered before the processor so that
        // it commits the processor's last outcomes before it stops.
        if (configuration.GetValue("Webhook:CommitMode", CommitMode.Group) == CommitMode.Group)
        {
            builder.Services.AddSingleton<GroupCommitWriter>();
            builder.Services.AddSingleton<ISubmissionWriter>(sp => sp.GetRequiredService<GroupCommitWriter>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<GroupCommitWriter>());
        }
        else
        {
            builder.Services.AddSingleton<ISubmissionWriter, PerRequestWriter>();
        }

        // --- Receiving: FlowTypes.AspNetCore. The handler is scoped (one per request, one per processed row); the
        // endpoint's own settings (MaxBodyBytes, MaxDepth, AllowedNetworks, SharedSecret, SharedSecretHeader) are read
        // from the same "Webhook" section.
        builder.Services.AddChatAppsWebhook<WebhookHandler>(configuration.GetSection("Webhook"));

        // --- Replies: FlowTypes.ChatApps ("ChatApps" section). The processor is the retry loop for replies (a durable
        // attempt count, backoff, parking): the client's own retries and circuit breaker are off unless configured, so
        // one attempt is one request and one row's failures never spend another row's attempts.
        builder.Services.AddOptions<ChatAppsOptions>()
            .Configure(options =>
            {
                options.MaxRetryAttempts = 0;
                options.CircuitBreakerEnabled = false;
            })
            .Validate(options => string.IsNullOrWhiteSpace(options.ApiKey) || !string.IsNullOrWhiteSpace(options.SubAccountId), "ChatApps:SubAccountId is required when ChatApps:ApiKey is set.")
            .ValidateOnStart();
        builder.Services.AddChatAppsClient(configuration.GetSection("ChatApps"));
        builder.Services.AddSingleton<Replies>();

        // --- Processing: the database is the queue; the signal only wakes the processor --------------------------------
        builder.Services.AddSingleton<ProcessingSignal>();
        builder.Services.AddHostedService<SubmissionProcessor>();

        // --- Endpoint-backed flow: the appointment-slots flow's data_exchange endpoint (FlowTypes.AspNetCore) -----------
        AppointmentEndpoint.AddServices(builder, demo);
    }

    private static void MapWebhook(WebApplication app)
    {
        try
        {
            app.MapChatAppsWebhook<WebhookHandler>(WebhookPath);
        }
        catch (ArgumentException exception) when (exception.ParamName == nameof(ChatAppsOriginOptions.AllowedNetworks))
        {
            // FlowTypes names the option; an operator looks for the setting, so its section is named too.
            throw new OptionsValidationException("Webhook:AllowedNetworks", typeof(ChatAppsOriginOptions), [$"Webhook:{exception.Message}"]);
        }
    }
}
