using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace FlowTypes.Tool;

/// <summary>
/// The 8x8 settings of the tool, bound with Microsoft.Extensions.Configuration: <c>flowtypes.json</c> beside the
/// project file, then the environment variables over it. The API key is read only from <c>FLOWTYPES_API_KEY</c>: the
/// config file is meant to be committed.
/// </summary>
internal sealed class ToolConfig
{
    public const string FileName = "flowtypes.json";
    public const string AccountIdVariable = "FLOWTYPES_ACCOUNT_ID";
    public const string SubAccountIdVariable = "FLOWTYPES_SUBACCOUNT_ID";
    public const string ChannelIdVariable = "FLOWTYPES_CHANNEL_ID";
    public const string ApiKeyVariable = "FLOWTYPES_API_KEY";
    public const string BaseAddressVariable = "FLOWTYPES_BASE_ADDRESS";

    /// <summary>The settings the file may hold, and the environment variable that overrides each (docs/cli.md).</summary>
    private static readonly (string Key, string Variable)[] FileSettings =
    [
        ("accountId", AccountIdVariable),
        ("subAccountId", SubAccountIdVariable),
        ("channelId", ChannelIdVariable),
        ("baseAddress", BaseAddressVariable),
    ];

    public string? AccountId { get; private set; }

    public string? SubAccountId { get; private set; }

    public string? ChannelId { get; private set; }

    public string? ApiKey { get; private set; }

    public Uri? BaseAddress { get; private set; }

    /// <summary>Reads the settings; throws <see cref="ToolException"/> (exit 2) for an unreadable file or a bad value.</summary>
    public static ToolConfig Load(string projectDirectory, string? configPath, Func<string, string?> environment)
    {
        var path = configPath ?? Path.Combine(projectDirectory, FileName);
        if (configPath is not null && !File.Exists(path))
        {
            throw new ToolException($"{configPath}: the config file does not exist.");
        }

        IConfigurationRoot file;
        try
        {
            // The JSON provider skips comments and allows trailing commas, as a hand-edited settings file needs.
            file = new ConfigurationBuilder().AddJsonFile(path, optional: true, reloadOnChange: false).Build();
        }
        catch (InvalidDataException e)
        {
            // The JSON provider wraps what went wrong (a JsonException, or a FormatException for a root that is not an object).
            var cause = e.GetBaseException();
            throw new ToolException(cause is JsonException ? $"{path}: not valid JSON ({cause.Message})" : $"{path}: {cause.Message}");
        }

        foreach (var setting in file.GetChildren())
        {
            if (setting.Key.Equals("apiKey", StringComparison.OrdinalIgnoreCase))
            {
                throw new ToolException($"{path}: apiKey must not be in the config file (it is committed); set {ApiKeyVariable} instead.");
            }

            if (!FileSettings.Any(known => known.Key == setting.Key))
            {
                throw new ToolException($"{path}: unknown setting '{setting.Key}' (known: {string.Join(", ", FileSettings.Select(known => known.Key))}).");
            }
        }

        // Environment variables win over the file; a variable that is set but blank leaves the file's value.
        var overrides = FileSettings
            .Append((Key: "apiKey", Variable: ApiKeyVariable))
            .Select(s => (s.Key, Value: NonEmpty(environment(s.Variable))))
            .Where(s => s.Value is not null)
            .ToDictionary(s => s.Key, s => s.Value);
        var settings = new ConfigurationBuilder()
            .AddConfiguration(file)
            .AddInMemoryCollection(overrides)
            .Build()
            .Get<Bound>() ?? new Bound();
        return new ToolConfig
        {
            AccountId = NonEmpty(settings.AccountId),
            SubAccountId = NonEmpty(settings.SubAccountId),
            ChannelId = NonEmpty(settings.ChannelId),
            ApiKey = settings.ApiKey,
            BaseAddress = ParseUri(settings.BaseAddress, overrides.ContainsKey("baseAddress") ? BaseAddressVariable : path + ": baseAddress"),
        };
    }

    /// <summary>Throws <see cref="ToolException"/> naming every missing setting a flows/templates command needs.</summary>
    public void RequireChannelSettings()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            missing.Add(ApiKeyVariable);
        }

        if (string.IsNullOrWhiteSpace(AccountId))
        {
            missing.Add(AccountIdVariable + " (or accountId in " + FileName + ")");
        }

        if (string.IsNullOrWhiteSpace(ChannelId))
        {
            missing.Add(ChannelIdVariable + " (or channelId in " + FileName + ")");
        }

        if (missing.Count > 0)
        {
            throw new ToolException("missing configuration: " + string.Join(", ", missing) + "; nothing was sent (see docs/cli.md).");
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Uri? ParseUri(string? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ToolException($"{name}: '{value}' is not an absolute http(s) URL.");
        }

        return uri;
    }

    /// <summary>The bound shape of the settings: the file's keys, and the API key from the environment.</summary>
    private sealed class Bound
    {
        public string? AccountId { get; set; }

        public string? SubAccountId { get; set; }

        public string? ChannelId { get; set; }

        public string? ApiKey { get; set; }

        public string? BaseAddress { get; set; }
    }
}

/// <summary>A usage, configuration or network problem: one line on stderr, exit code 2.</summary>
internal sealed class ToolException(string message) : Exception(message);
