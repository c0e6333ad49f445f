using System;
using System.Collections.Generic;
using System.IO;
using Xunit;

namespace FlowTypes.Tool.Tests;

/// <summary>The settings as docs/cli.md "Configuration" promises them: flowtypes.json, the FLOWTYPES_* variables over it, the key only from the environment.</summary>
public sealed class ToolConfigTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "flowtypes-config-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _variables = new(StringComparer.Ordinal);

    public ToolConfigTests() => Directory.CreateDirectory(_directory);

    private string ConfigFile => Path.Combine(_directory, ToolConfig.FileName);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private ToolConfig Load(string? configPath = null) => ToolConfig.Load(_directory, configPath, name => _variables.TryGetValue(name, out var value) ? value : null);

    [Fact]
    public void The_file_gives_the_settings_and_each_variable_overrides_its_key()
    {
        File.WriteAllText(ConfigFile, """
            // committed with the project
            {
              "accountId": "file-account",
              "subAccountId": "file-sub",
              "channelId": "file-channel",
              "baseAddress": "https://proxy.example.com/chatapps",
            }
            """);
        _variables["FLOWTYPES_CHANNEL_ID"] = "env-channel";
        _variables["FLOWTYPES_SUBACCOUNT_ID"] = "   ";
        _variables["FLOWTYPES_API_KEY"] = " env-key ";

        var config = Load();

        Assert.Equal(("file-account", "file-sub", "env-channel", "env-key"), (config.AccountId, config.SubAccountId, config.ChannelId, config.ApiKey));
        Assert.Equal(new Uri("https://proxy.example.com/chatapps/"), config.BaseAddress);
    }

    [Fact]
    public void Without_a_file_the_variables_are_the_settings()
    {
        _variables["FLOWTYPES_ACCOUNT_ID"] = "env-account";
        _variables["FLOWTYPES_CHANNEL_ID"] = "env-channel";
        _variables["FLOWTYPES_API_KEY"] = "env-key";
        _variables["FLOWTYPES_BASE_ADDRESS"] = "http://127.0.0.1:5000";

        var config = Load();

        Assert.Equal(("env-account", null, "env-channel", "env-key"), (config.AccountId, config.SubAccountId, config.ChannelId, config.ApiKey));
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), config.BaseAddress);
        config.RequireChannelSettings();
    }

    [Fact]
    public void An_api_key_in_the_file_is_refused()
    {
        File.WriteAllText(ConfigFile, """{ "accountId": "a", "apiKey": "sk-committed" }""");

        var e = Assert.Throws<ToolException>(() => Load());

        Assert.Equal(ConfigFile + ": apiKey must not be in the config file (it is committed); set FLOWTYPES_API_KEY instead.", e.Message);
    }

    [Fact]
    public void An_unknown_setting_is_named_with_the_known_ones()
    {
        File.WriteAllText(ConfigFile, """{ "accountId": "a", "chanelId": "typo" }""");

        var e = Assert.Throws<ToolException>(() => Load());

        Assert.Equal(ConfigFile + ": unknown setting 'chanelId' (known: accountId, subAccountId, channelId, baseAddress).", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_json_is_one_error_naming_the_file()
    {
        File.WriteAllText(ConfigFile, "{ \"accountId\": ");

        var e = Assert.Throws<ToolException>(() => Load());

        Assert.StartsWith(ConfigFile + ": not valid JSON (", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_root_is_not_an_object_is_one_error_naming_the_file()
    {
        File.WriteAllText(ConfigFile, "[]");

        var e = Assert.Throws<ToolException>(() => Load());

        Assert.StartsWith(ConfigFile + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains("object", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_address_that_is_not_an_http_url_names_where_it_came_from()
    {
        File.WriteAllText(ConfigFile, """{ "baseAddress": "ftp://example.com" }""");
        Assert.Equal(ConfigFile + ": baseAddress: 'ftp://example.com' is not an absolute http(s) URL.", Assert.Throws<ToolException>(() => Load()).Message);

        _variables["FLOWTYPES_BASE_ADDRESS"] = "not a url";
        Assert.Equal("FLOWTYPES_BASE_ADDRESS: 'not a url' is not an absolute http(s) URL.", Assert.Throws<ToolException>(() => Load()).Message);
    }

    [Fact]
    public void A_config_option_naming_a_missing_file_is_an_error()
    {
        var missing = Path.Combine(_directory, "other.json");

        Assert.Equal(missing + ": the config file does not exist.", Assert.Throws<ToolException>(() => Load(missing)).Message);
    }

    [Fact]
    public void Missing_settings_are_named_in_one_line()
    {
        _variables["FLOWTYPES_ACCOUNT_ID"] = "env-account";

        var e = Assert.Throws<ToolException>(() => Load().RequireChannelSettings());

        Assert.Equal("missing configuration: FLOWTYPES_API_KEY, FLOWTYPES_CHANNEL_ID (or channelId in flowtypes.json); nothing was sent (see docs/cli.md).", e.Message);
    }
}
