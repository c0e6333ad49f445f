using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace WebhookService;

/// <summary>An accepted flow submission as stored before the webhook is acknowledged.</summary>
public sealed record StoredSubmission(string Umid, string Flow, string? FlowToken, string Msisdn, string ResponseJson, string ReceivedAt);

/// <summary>
/// Durable storage of accepted submissions in SQLite. The umid is the primary key, so a retried delivery of the same
/// webhook (8x8 delivers at least once) is stored once. All values go in as parameters, never into SQL text.
/// </summary>
public sealed class SubmissionStore
{
    private readonly string _connectionString;

    public SubmissionStore(IOptions<WebhookOptions> options)
    {
        _connectionString = options.Value.ConnectionString;
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS submissions (
                umid TEXT NOT NULL PRIMARY KEY,
                flow TEXT NOT NULL,
                flow_token TEXT NULL,
                msisdn TEXT NOT NULL,
                response_json TEXT NOT NULL,
                received_at TEXT NOT NULL,
                processed_at TEXT NULL,
                summary TEXT NULL
            );
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Stores a submission; returns false when one with the same umid is already stored (a duplicate delivery).</summary>
    public bool TryAdd(StoredSubmission submission)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO submissions (umid, flow, flow_token, msisdn, response_json, received_at)
            VALUES ($umid, $flow, $token, $msisdn, $json, $received)
            ON CONFLICT(umid) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$umid", submission.Umid);
        command.Parameters.AddWithValue("$flow", submission.Flow);
        command.Parameters.AddWithValue("$token", (object?)submission.FlowToken ?? DBNull.Value);
        command.Parameters.AddWithValue("$msisdn", submission.Msisdn);
        command.Parameters.AddWithValue("$json", submission.ResponseJson);
        command.Parameters.AddWithValue("$received", submission.ReceivedAt);
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>Marks a submission processed, with a one-line summary of what the handler did.</summary>
    public void MarkProcessed(string umid, string summary)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE submissions SET processed_at = $at, summary = $summary WHERE umid = $umid;";
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
        command.Parameters.AddWithValue("$summary", summary);
        command.Parameters.AddWithValue("$umid", umid);
        command.ExecuteNonQuery();
    }

    /// <summary>Submissions accepted but not yet processed (e.g. the process stopped with a full queue): re-queued at start-up.</summary>
    public IReadOnlyList<StoredSubmission> Unprocessed()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT umid, flow, flow_token, msisdn, response_json, received_at FROM submissions WHERE processed_at IS NULL ORDER BY received_at;";
        using var reader = command.ExecuteReader();
        var result = new List<StoredSubmission>();
        while (reader.Read())
        {
            result.Add(new StoredSubmission(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return result;
    }

    /// <summary>How many submissions are stored (for the demo and the tests).</summary>
    public long Count()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM submissions;";
        return (long)command.ExecuteScalar()!;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
