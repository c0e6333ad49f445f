using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace FlowTypes.Tool;

/// <summary>
/// The 8x8 settings of the tool: environment variables first, then <c>flowtypes.json</c> beside the project file.
/// The API key is read only from <c>FLOWTYPES_API_KEY</c>: the config file is meant to be committed.
/// </summary>
internal sealed class ToolConfig
{
    public const string FileName = "flowtypes.json";
    public const string AccountIdVariable = "FLOWTYPES_ACCOUNT_ID";
    public const string SubAccountIdVariable = "FLOWTYPES_SUBACCOUNT_ID";
    public const string ChannelIdVariable = "FLOWTYPES_CHANNEL_ID";
    public const string ApiKeyVariable = "FLOWTYPES_API_KEY";
    public const string BaseAddressVariable = "FLOWTYPES_BASE_ADDRESS";

    public string? AccountId { get; private set; }

    public string? SubAccountId { get; private set; }

    public string? ChannelId { get; private set; }

    public string? ApiKey { get; private set; }

    public Uri? BaseAddress { get; private set; }

    /// <summary>Reads the settings; throws <see cref="ToolException"/> (exit 2) for an unreadable file or a bad value.</summary>
    public static ToolConfig Load(string projectDirectory, string? configPath, Func<string, string?> environment)
    {
        var config = new ToolConfig();
        var path = configPath ?? Path.Combine(projectDirectory, FileName);
        if (File.Exists(path))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    switch (property.Name)
                    {
                        case "accountId": config.AccountId = value; break;
                        case "subAccountId": config.SubAccountId = value; break;
                        case "channelId": config.ChannelId = value; break;
                        case "baseAddress": config.BaseAddress = ParseUri(value, path + ": baseAddress"); break;
                        case "apiKey":
                            throw new ToolException($"{path}: apiKey must not be in the config file (it is committed); set {ApiKeyVariable} instead.");
                        default:
                            throw new ToolException($"{path}: unknown setting '{property.Name}' (known: accountId, subAccountId, channelId, baseAddress).");
                    }
                }
            }
            catch (JsonException e)
            {
                throw new ToolException($"{path}: not valid JSON ({e.Message})");
            }
            catch (InvalidOperationException)
            {
                throw new ToolException($"{path}: the root must be a JSON object.");
            }
        }
        else if (configPath is not null)
        {
            throw new ToolException($"{configPath}: the config file does not exist.");
        }

        config.AccountId = NonEmpty(environment(AccountIdVariable)) ?? config.AccountId;
        config.SubAccountId = NonEmpty(environment(SubAccountIdVariable)) ?? config.SubAccountId;
        config.ChannelId = NonEmpty(environment(ChannelIdVariable)) ?? config.ChannelId;
        config.ApiKey = NonEmpty(environment(ApiKeyVariable));
        if (NonEmpty(environment(BaseAddressVariable)) is { } address)
        {
            config.BaseAddress = ParseUri(address, BaseAddressVariable);
        }

        return config;
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
}

/// <summary>A usage, configuration or network problem: one line on stderr, exit code 2.</summary>
internal sealed class ToolException(string message) : Exception(message);
