using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.ChatApps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FlowTypes.Tool;

/// <summary>Where the tool writes, what it reads from the environment, and where it runs.</summary>
internal sealed record ToolEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> Variables, string CurrentDirectory)
{
    public static ToolEnvironment Console => new(System.Console.Out, System.Console.Error, Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory());
}

/// <summary>Exit codes: 0 success, 1 validation or drift findings, 2 usage, configuration or network errors.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int Error = 2;
}

/// <summary>The command line: <c>flowtypes flows push|status|preview|publish|pull</c>, <c>flowtypes templates pull|push|status</c>.</summary>
internal static class ToolApp
{
    /// <summary>The command name the tool package installs (<c>ToolCommandName</c>), shown in help and errors.</summary>
    public const string CommandName = "flowtypes";

    public static async Task<int> RunAsync(string[] args, ToolEnvironment environment, CancellationToken cancellationToken = default)
    {
        var project = new Option<string?>("--project", "-p") { Description = "The project file or its folder (default: the *.csproj in the current folder).", Recursive = true };
        var config = new Option<string?>("--config") { Description = "The settings file (default: flowtypes.json beside the project file).", Recursive = true };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print each 8x8 request line (method, path, status; never the API key).", Recursive = true };

        // Named for the command people type: a RootCommand takes the name of the running assembly, FlowTypes.Tool.
        var root = new Command(CommandName, "Push WhatsApp Flow files to 8x8, publish them, and keep template files in sync with what 8x8 has registered.")
        {
            new HelpOption(),
            new VersionOption { Action = new VersionAction() },
        };
        root.Options.Add(project);
        root.Options.Add(config);
        root.Options.Add(verbose);

        var flows = new Command("flows", "Create, update, inspect, preview, publish and pull WhatsApp Flows.");
        var templates = new Command("templates", "Pull, push and compare message templates.");
        root.Subcommands.Add(flows);
        root.Subcommands.Add(templates);

        var publishOption = new Option<bool>("--publish") { Description = "Publish each flow after a clean push." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the files and print what would be sent; send nothing (needs no configuration)." };
        var push = new Command("push", "Create or update each flow file as a draft in 8x8 (unchanged files are not sent).") { publishOption, dryRun };
        flows.Subcommands.Add(push);

        var status = new Command("status", "Per flow file: in sync / changed / not created, and the remote status. Exit 1 when any is not in sync.");
        flows.Subcommands.Add(status);

        var previewFile = new Argument<string>("file") { Description = "The flow file." };
        var refresh = new Option<bool>("--refresh") { Description = "Make Meta generate a new preview." };
        var local = new Option<bool>("--local") { Description = "Render the preview here, from the file, without 8x8: every screen, the routes and the build's findings in one self-contained HTML page." };
        var previewOut = new Option<string>("--out") { Description = "With --local: the folder for NAME.html and NAME.routes.svg.", DefaultValueFactory = _ => "flow-preview" };
        var watch = new Option<bool>("--watch") { Description = "Serve the local preview on 127.0.0.1 and reload it whenever the file is saved (until Ctrl+C)." };
        var port = new Option<int>("--port") { Description = "With --watch: the port (default: a free one)." };
        var preview = new Command("preview", "Print the preview URL of a pushed flow and when it expires; with --local, render the flow here instead.") { previewFile, refresh, local, previewOut, watch, port };
        flows.Subcommands.Add(preview);

        var publish = new Command("publish", "Publish every pushed flow that is a draft and unchanged since its push.");
        flows.Subcommands.Add(publish);

        var pullOutput = new Option<string>("--output", "-o") { Description = "Folder for pulled flow files, relative to the project.", DefaultValueFactory = _ => "flows" };
        var pull = new Command("pull", "Write each flow in 8x8 that no file records yet into a new flow file, and record it.") { pullOutput };
        flows.Subcommands.Add(pull);

        var templatesOutput = new Option<string>("--output", "-o") { Description = "The template file to write, relative to the project.", DefaultValueFactory = _ => "templates/registered.template.json" };
        var templatesPull = new Command("pull", "Write the registered templates (GET shape, with status) into one template file, sorted so that an unchanged pull rewrites nothing.") { templatesOutput };
        templates.Subcommands.Add(templatesPull);
        var templatesPush = new Command("push", "Register the Add-shape template files that 8x8 does not have yet.");
        templates.Subcommands.Add(templatesPush);
        var templatesStatus = new Command("status", "Local template files against 8x8: missing, content differs, status not APPROVED. Exit 1 on any.");
        templates.Subcommands.Add(templatesStatus);

        Func<ParseResult, CancellationToken, Func<CommandContext, Task<int>>, Task<int>> run = (parse, token, body) =>
            RunCommandAsync(environment, parse.GetValue(project), parse.GetValue(config), parse.GetValue(verbose), token, body);

        push.SetAction((parse, token) => run(parse, token, c => FlowCommands.PushAsync(c, parse.GetValue(publishOption), parse.GetValue(dryRun))));
        status.SetAction((parse, token) => run(parse, token, FlowCommands.StatusAsync));
        preview.SetAction((parse, token) => parse.GetValue(local) || parse.GetValue(watch)
            ? FlowCommands.PreviewLocalAsync(environment, parse.GetValue(previewFile)!, parse.GetValue(previewOut)!, parse.GetValue(watch), parse.GetValue(port), token)
            : run(parse, token, c => FlowCommands.PreviewAsync(c, parse.GetValue(previewFile)!, parse.GetValue(refresh))));
        publish.SetAction((parse, token) => run(parse, token, FlowCommands.PublishAsync));
        pull.SetAction((parse, token) => run(parse, token, c => FlowCommands.PullAsync(c, parse.GetValue(pullOutput)!)));
        templatesPull.SetAction((parse, token) => run(parse, token, c => TemplateCommands.PullAsync(c, parse.GetValue(templatesOutput)!)));
        templatesPush.SetAction((parse, token) => run(parse, token, TemplateCommands.PushAsync));
        templatesStatus.SetAction((parse, token) => run(parse, token, TemplateCommands.StatusAsync));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in parsed.Errors)
            {
                await environment.Error.WriteLineAsync("flowtypes: " + error.Message).ConfigureAwait(false);
            }

            await environment.Error.WriteLineAsync("Run 'flowtypes --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = environment.Out, Error = environment.Error }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Prints the tool's own version (the default prints the entry assembly's, which is a test host's in tests).</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var version = typeof(ToolApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return ExitCodes.Success;
        }
    }

    private static async Task<int> RunCommandAsync(ToolEnvironment environment, string? project, string? configPath, bool verbose, CancellationToken cancellationToken, Func<CommandContext, Task<int>> body)
    {
        ServiceProvider? services = null;
        try
        {
            var projectPath = ProjectFiles.ResolveProject(project, environment.CurrentDirectory);
            var projectDirectory = Path.GetDirectoryName(projectPath)!;
            var config = ToolConfig.Load(projectDirectory, configPath is null ? null : Path.GetFullPath(configPath, environment.CurrentDirectory), environment.Variables);
            var context = new CommandContext(environment, projectPath, projectDirectory, config, () =>
            {
                config.RequireChannelSettings();
                services ??= CreateServices(config, verbose ? environment.Error : null);
                return services.GetRequiredService<ChatAppsClient>();
            }, cancellationToken);
            return await body(context).ConfigureAwait(false);
        }
        catch (ToolException e)
        {
            await environment.Error.WriteLineAsync("flowtypes: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (ChatAppsApiException e) when (e.IsAuthenticationFailure)
        {
            await environment.Error.WriteLineAsync($"flowtypes: 8x8 refused the request ({(int)e.StatusCode} {e.StatusCode}): the API key ({ToolConfig.ApiKeyVariable}) is wrong or expired, or the account id or channel id is not one this key may use.").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (ChatAppsApiException e)
        {
            await environment.Error.WriteLineAsync("flowtypes: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (ChatAppsResponseFormatException e)
        {
            await environment.Error.WriteLineAsync("flowtypes: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            await environment.Error.WriteLineAsync("flowtypes: network error talking to 8x8: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (OperationCanceledException)
        {
            await environment.Error.WriteLineAsync("flowtypes: cancelled; files already pushed are recorded in " + LockFile.FileName + ".").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        finally
        {
            services?.Dispose();
        }
    }

    private static ServiceProvider CreateServices(ToolConfig config, TextWriter? verbose)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.ClearProviders();
            if (verbose is not null)
            {
                logging.AddProvider(new RequestLineLoggerProvider(verbose));
            }
        });
        services.AddChatAppsClient(options =>
        {
            options.BaseAddress = config.BaseAddress ?? ChatAppsOptions.DefaultBaseAddress;
            options.AccountId = config.AccountId;
            options.SubAccountId = config.SubAccountId;
            options.ChannelId = config.ChannelId;
            options.ApiKey = config.ApiKey;
        });
        return services.BuildServiceProvider();
    }
}

/// <summary>What a command gets: output, the project, the settings, and the client (created on first use, after the settings are checked).</summary>
internal sealed class CommandContext(ToolEnvironment environment, string projectPath, string projectDirectory, ToolConfig config, Func<ChatAppsClient> client, CancellationToken cancellationToken)
{
    private ChatAppsClient? _client;

    public TextWriter Out => environment.Out;

    public TextWriter Error => environment.Error;

    public string CurrentDirectory => environment.CurrentDirectory;

    public string ProjectPath => projectPath;

    public string ProjectDirectory => projectDirectory;

    public ToolConfig Config => config;

    public CancellationToken CancellationToken => cancellationToken;

    public ChatAppsClient Client => _client ??= client();
}

/// <summary>Prints the client's request lines (<c>&gt; GET /api/... -&gt; 200 (12 ms)</c>) for <c>--verbose</c>.</summary>
internal sealed class RequestLineLoggerProvider(TextWriter writer) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => categoryName == typeof(ChatAppsClient).FullName ? new Logger(writer) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Logger(TextWriter writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (writer)
            {
                writer.WriteLine("> " + formatter(state, exception));
            }
        }
    }
}
