using System;
using System.IO;
using System.Threading.Tasks;
using FlowTypes.Tool;
using Xunit;

namespace FlowTypes.Tool.Tests;

/// <summary>Help and usage name the command people type, <c>flowtypes</c>, never the assembly (FlowTypes.Tool) or the test host.</summary>
public sealed class HelpTests
{
    [Fact]
    public async Task Help_names_the_flowtypes_command_and_lists_its_commands()
    {
        var (exit, output, error) = await RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("Description:\n  Push WhatsApp Flow files to 8x8, publish them, and keep template files in sync with what 8x8 has registered.\n\nUsage:\n  flowtypes [command] [options]\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  flows +Create, update, inspect, preview, publish and pull WhatsApp Flows\.\n", output);
        Assert.Matches(@"\n  templates +Pull, push and compare message templates\.\n", output);
        Assert.DoesNotContain("FlowTypes.Tool", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subcommand_help_shows_the_full_command_line()
    {
        var (exit, output, _) = await RunAsync("flows", "push", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  flowtypes flows push [options]\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  --dry-run +Check the files and print what would be sent", output);
    }

    [Fact]
    public async Task Version_prints_the_package_version()
    {
        var (exit, output, _) = await RunAsync("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^0\.1\.0(\+[0-9a-f]+)?\n$", output);
    }

    [Fact]
    public async Task A_usage_error_points_to_flowtypes_help()
    {
        var (exit, output, error) = await RunAsync("flows", "pusj");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.EndsWith("Run 'flowtypes --help' for usage.\n", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = await ToolApp.RunAsync(args, new ToolEnvironment(output, error, _ => null, Path.GetTempPath()));
        return (exit, output.ToString(), error.ToString());
    }
}
