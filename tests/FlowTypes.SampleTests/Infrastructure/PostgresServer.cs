using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Npgsql;

namespace FlowTypes.SampleTests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server from the machine's PostgreSQL 15 binaries: <c>initdb</c> and <c>pg_ctl</c> in a
/// temporary folder, listening on a free 127.0.0.1 port, stopped and deleted on dispose. initdb and postgres refuse
/// to run as root, so as root they run as the <c>postgres</c> system user (<c>runuser -u postgres --</c>) and the
/// folder is handed to that user. Missing binaries are an error, never a skip (.ci/run installs them).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private readonly string _directory;

    private PostgresServer(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The connection string of the server's <c>postgres</c> database (trust authentication on loopback).</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    public static async Task<PostgresServer> StartAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinDirectory}/initdb is missing): apt-get install -y postgresql-15 (.ci/run does this)");
        }

        var directory = Path.Combine(Path.GetTempPath(), "flowtypes-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        if (IsRoot)
        {
            await RunAsync("chown", "postgres:postgres", directory);
        }

        var data = Path.Combine(directory, "data");
        await RunPostgresToolAsync("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        var port = FreePort();
        await RunPostgresToolAsync("pg_ctl", "-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c max_connections=200", "start");
        return new PostgresServer(directory, port);
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunPostgresToolAsync("pg_ctl", "-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // a leftover temp folder is harmless
            }
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static Task RunPostgresToolAsync(string tool, params string[] arguments) =>
        IsRoot
            ? RunAsync("runuser", new[] { "-u", "postgres", "--", Path.Combine(BinDirectory, tool) }.Concat(arguments).ToArray())
            : RunAsync(Path.Combine(BinDirectory, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stdout}{await stderr}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
