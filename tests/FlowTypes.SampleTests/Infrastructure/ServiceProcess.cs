using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;
using System.Threading.Tasks;

namespace FlowTypes.SampleTests.Infrastructure;

/// <summary>
/// samples/WebhookService started as a separate process (<c>dotnet WebhookService.dll</c>) on a free loopback port,
/// with its settings as environment variables. <see cref="Kill"/> sends SIGKILL: no shutdown code runs.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    public static readonly string SampleAssembly = typeof(ServiceProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SampleAssembly").Value!;

    private readonly Process _process;

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public ConcurrentQueue<string> Output { get; } = new();

    public bool HasExited => _process.HasExited;

    public static string SamplePayloads => Path.Combine(Path.GetDirectoryName(SampleAssembly)!, "SamplePayloads");

    /// <summary>Starts the service and waits until it answers HTTP.</summary>
    public static async Task<ServiceProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(SampleAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var service = new ServiceProcess(process, address);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) service.Output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) service.Output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.GetAsync("/");
                return service; // any HTTP answer means Kestrel is listening
            }
            catch (HttpRequestException)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException("the sample exited:\n" + string.Join('\n', service.Output));
                }

                await Task.Delay(50);
            }
        }

        throw new TimeoutException("the sample did not start listening:\n" + string.Join('\n', service.Output));
    }

    /// <summary>Runs one of the sample's operator commands (<c>--failed</c>, <c>--replay umid</c>) with the same settings and returns its output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string workingDirectory, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(SampleAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>SIGKILL, then waits until the process is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
