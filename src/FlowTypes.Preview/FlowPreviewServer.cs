using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Generators.Authoring;

namespace FlowTypes.Preview;

/// <summary>
/// Serves the preview of one flow file on loopback and reloads every open page when the file is saved
/// (<c>flowtypes flows preview --watch</c>): <c>/</c> is the page, <c>/routes.svg</c> the route picture, and
/// <c>/events</c> a server-sent event stream whose <c>reload</c> event the page listens to. The file is read and
/// checked again on every save, so the page always shows the build's findings for what is on disk; the project's
/// <c>[FlowCompletion]</c> declaration is looked up again on every request for the page or the picture.
/// </summary>
public sealed class FlowPreviewServer : IAsyncDisposable
{
    private const string EventsPath = "/events";

    private readonly string _path;
    private readonly string? _typeName;
    private readonly HttpListener _listener;
    private readonly FileSystemWatcher _watcher;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<HttpListenerResponse> _clients = new();
    private readonly Task _accepting;
    private readonly Timer _debounce;
    private FlowFileReport _report;

    private FlowPreviewServer(string path, string? typeName, HttpListener listener, Uri address)
    {
        _path = path;
        _typeName = typeName;
        _listener = listener;
        Address = address;
        _report = Read();
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => Schedule();
        _watcher.Created += (_, _) => Schedule();
        _watcher.Renamed += (_, _) => Schedule(); // editors that save by writing a temporary file and renaming it
        _watcher.EnableRaisingEvents = true;
        _accepting = Task.Run(AcceptAsync);
    }

    /// <summary>The page's address (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri Address { get; }

    /// <summary>The file as last read and checked.</summary>
    public FlowFileReport Report => Volatile.Read(ref _report);

    /// <summary>Raised after the file was read again (on a thread pool thread), before open pages are told to reload.</summary>
    public event Action<FlowFileReport>? Reloaded;

    /// <summary>Starts serving <paramref name="flowPath"/> on 127.0.0.1.</summary>
    /// <param name="flowPath">The flow file.</param>
    /// <param name="port">The port; 0 picks a free one.</param>
    /// <param name="typeName">The item's <c>FlowTypeName</c> metadata, if any.</param>
    public static FlowPreviewServer Start(string flowPath, int port = 0, string? typeName = null)
    {
        var path = Path.GetFullPath(flowPath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The flow file does not exist.", path);
        }

        var listener = new HttpListener();
        var chosen = port == 0 ? FreePort() : port;
        var address = new Uri("http://127.0.0.1:" + chosen.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/");
        listener.Prefixes.Add(address.ToString());
        listener.Start();
        return new FlowPreviewServer(path, typeName, listener, address);
    }

    /// <summary>Stops serving and closes the open event streams.</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _debounce.DisposeAsync().ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                client.Abort();
            }

            _clients.Clear();
        }

        _listener.Close();
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // Closing the listener ends the accept loop this way.
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>Editors write a file in several steps; read it once they are done.</summary>
    private void Schedule() => _debounce.Change(150, Timeout.Infinite);

    private FlowFileReport Read()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return FlowFileReport.Read(_path, File.ReadAllText(_path), _typeName);
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(50); // the editor still holds the file, or replaced it a moment ago
            }
        }
    }

    private void Reload()
    {
        FlowFileReport report;
        try
        {
            report = Read();
        }
        catch (IOException)
        {
            return; // deleted or locked for a second: the next save reloads
        }

        Volatile.Write(ref _report, report);
        Reloaded?.Invoke(report);
        var message = Encoding.UTF8.GetBytes("event: reload\ndata: " + DateTime.UtcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n\n");
        lock (_clients)
        {
            for (var i = _clients.Count - 1; i >= 0; i--)
            {
                try
                {
                    _clients[i].OutputStream.Write(message);
                    _clients[i].OutputStream.Flush();
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
                {
                    _clients.RemoveAt(i); // the page was closed
                }
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            // WaitAsync: a pending GetContextAsync is not always completed when the listener is closed (a test host hung
            // that way on Linux), so DisposeAsync's cancellation ends the loop by itself.
            var context = await _listener.GetContextAsync().WaitAsync(_stop.Token).ConfigureAwait(false);
            try
            {
                Serve(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The browser went away mid-response.
            }
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        response.Headers["Cache-Control"] = "no-store";
        switch (context.Request.Url?.AbsolutePath)
        {
            case "/":
                // The project's [FlowCompletion] declaration is looked up on every render (bounded: FlowCompletionLookup),
                // so a changed .cs file shows on the next reload.
                Write(response, "text/html; charset=utf-8", FlowPreviewRenderer.Page(Report, new FlowPreviewOptions { LiveReloadPath = EventsPath, Completion = FlowCompletionLookup.Find(_path) }));
                break;
            case "/routes.svg" when FlowPreviewRenderer.Routes(Report, new FlowPreviewOptions { Completion = FlowCompletionLookup.Find(_path) }) is { } svg:
                Write(response, "image/svg+xml; charset=utf-8", svg);
                break;
            case EventsPath:
                response.ContentType = "text/event-stream";
                response.SendChunked = true;
                response.OutputStream.Write(": connected\n\n"u8);
                response.OutputStream.Flush();
                lock (_clients)
                {
                    _clients.Add(response);
                }

                break;
            default:
                response.StatusCode = 404;
                response.Close();
                break;
        }
    }

    private static void Write(HttpListenerResponse response, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }
}
