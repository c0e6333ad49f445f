using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace FlowTypes.SampleTests;

/// <summary>One running instance of the sample service with its own SQLite file, on a free loopback port.</summary>
public sealed class SampleService : IAsyncLifetime
{
    private static readonly string SampleAssembly = typeof(SampleService).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SampleAssembly").Value!;

    private Process? _process;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "flowtypes-sample-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Directory, "submissions.db");

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public ConcurrentQueue<string> Output { get; } = new();

    public string SamplePayloads => Path.Combine(Path.GetDirectoryName(SampleAssembly)!, "SamplePayloads");

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Directory };
        start.ArgumentList.Add(SampleAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Address.ToString());
        start.Environment["Webhook__ConnectionString"] = $"Data Source={DatabasePath}";
        start.Environment["ChatApps__ApiKey"] = string.Empty; // dry run: never reaches the network
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) Output.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Address };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var response = await http.GetAsync("/");
                return; // any HTTP answer means Kestrel is listening
            }
            catch (HttpRequestException)
            {
                Assert.False(_process.HasExited, "the sample exited:\n" + string.Join('\n', Output));
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("the sample did not start listening:\n" + string.Join('\n', Output));
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }

        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
