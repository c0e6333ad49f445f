using System.Globalization;
using Microsoft.Data.Sqlite;

namespace WebhookService.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode with <c>synchronous=FULL</c> (a commit is on disk before the
/// 200). One file serves one running instance; for several instances use <see cref="PostgresSubmissionStore"/>.
/// SQLite's calls are synchronous underneath; in group-commit mode only the single writer makes them.
/// </summary>
public sealed class SqliteSubmissionStore : ISubmissionStore
{
    private const string Columns = "umid, flow, flow_token, msisdn, response_json, received_at, attempts, sending_id, body";

    private readonly string _connectionString;

    public SqliteSubmissionStore(string connectionString) => _connectionString = connectionString;

    public string Name => "sqlite";

    public int ConcurrentBatches => 1; // one writer at a time is all SQLite allows

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        using var connection = Open();
        Execute(connection, """
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
            """);

        // The processing-state columns (added to a table of an earlier version of the sample as well).
        var existing = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM pragma_table_info('submissions');";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                existing.Add(reader.GetString(0));
            }
        }

        var added = new (string Name, string Definition)[]
        {
            ("status", "TEXT NOT NULL DEFAULT 'pending'"),
            ("attempts", "INTEGER NOT NULL DEFAULT 0"),
            ("next_attempt_at", "INTEGER NOT NULL DEFAULT 0"), // Unix milliseconds
            ("claimed_by", "TEXT NULL"),
            ("lease_until", "INTEGER NULL"), // Unix milliseconds
            ("sending_id", "TEXT NULL"),
            ("sending_since", "TEXT NULL"),
            ("reply_umid", "TEXT NULL"),
            ("last_error", "TEXT NULL"),
            ("body", "BLOB NULL"), // the webhook body as it arrived (absent in rows of versions that kept only response_json)
        };
        foreach (var (name, definition) in added.Where(c => !existing.Contains(c.Name)))
        {
            Execute(connection, $"ALTER TABLE submissions ADD COLUMN {name} {definition};");
            if (name == "status")
            {
                Execute(connection, "UPDATE submissions SET status = 'done' WHERE processed_at IS NOT NULL;");
            }
        }

        // One file, one instance: claims left by the previous run (a crash) are released at once, keeping any
        // sending mark so that a send whose outcome is unknown is not repeated.
        Execute(connection, """
            CREATE INDEX IF NOT EXISTS submissions_due ON submissions (status, next_attempt_at);
            UPDATE submissions SET lease_until = 0 WHERE status = 'processing';
            """);
        return Task.CompletedTask;
    }

    public Task<StoreResult[]> ExecuteAsync(IReadOnlyList<StoreOperation> operations, CancellationToken cancellationToken)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: take the write lock now
        var commands = new Dictionary<Type, SqliteCommand>();
        try
        {
            var results = new StoreResult[operations.Count];
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < operations.Count; i++)
            {
                results[i] = Apply(connection, transaction, commands, operations[i], now);
            }

            transaction.Commit();
            return Task.FromResult(results);
        }
        finally
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }
        }
    }

    public Task<IReadOnlyList<SubmissionRecord>> ListAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT umid, flow, status, attempts, last_error, summary, reply_umid FROM submissions
            WHERE $status IS NULL OR status = $status ORDER BY received_at, umid LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$status", (object?)status ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var records = new List<SubmissionRecord>();
        while (reader.Read())
        {
            records.Add(new SubmissionRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), NullableString(reader, 4), NullableString(reader, 5), NullableString(reader, 6)));
        }

        return Task.FromResult<IReadOnlyList<SubmissionRecord>>(records);
    }

    public Task<int> ReplayAsync(IReadOnlyList<string> umids, CancellationToken cancellationToken)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE submissions SET status = 'pending', attempts = 0, next_attempt_at = 0, claimed_by = NULL, lease_until = NULL,
                sending_id = NULL, sending_since = NULL
            WHERE status = 'failed' AND ($all = 1 OR umid = $umid);
            """;
        var umid = command.Parameters.Add("$umid", SqliteType.Text);
        command.Parameters.AddWithValue("$all", umids.Count == 0 ? 1 : 0);
        var count = 0;
        foreach (var value in umids.Count == 0 ? [string.Empty] : umids)
        {
            umid.Value = value;
            count += command.ExecuteNonQuery();
        }

        transaction.Commit();
        return Task.FromResult(count);
    }

    private static StoreResult Apply(SqliteConnection connection, SqliteTransaction transaction, Dictionary<Type, SqliteCommand> commands, StoreOperation operation, DateTimeOffset now)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        switch (operation)
        {
            case InsertSubmission insert:
            {
                var command = Command(connection, transaction, commands, operation, """
                    INSERT INTO submissions (umid, flow, flow_token, msisdn, response_json, body, received_at, status, attempts, next_attempt_at)
                    VALUES ($umid, $flow, $token, $msisdn, $json, $body, $received, 'pending', 0, 0)
                    ON CONFLICT(umid) DO NOTHING;
                    """);
                var s = insert.Submission;
                Set(command, "$umid", s.Umid);
                Set(command, "$flow", s.Flow);
                Set(command, "$token", s.FlowToken);
                Set(command, "$msisdn", s.Msisdn);
                Set(command, "$json", s.ResponseJson);
                Set(command, "$body", s.Body);
                Set(command, "$received", s.ReceivedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                return new StoreResult(command.ExecuteNonQuery() == 1);
            }

            case ClaimSubmissions claim:
            {
                var command = Command(connection, transaction, commands, operation, $"""
                    UPDATE submissions SET status = 'processing', claimed_by = $me, lease_until = $until
                    WHERE umid IN (
                        SELECT umid FROM (SELECT umid FROM submissions WHERE status = 'processing' AND lease_until < $now LIMIT $max)
                        UNION ALL
                        SELECT umid FROM (SELECT umid FROM submissions WHERE status = 'pending' AND next_attempt_at <= $now ORDER BY next_attempt_at LIMIT $max)
                        LIMIT $max)
                    RETURNING {Columns};
                    """);
                Set(command, "$me", claim.Instance);
                Set(command, "$until", nowMs + (long)claim.Lease.TotalMilliseconds);
                Set(command, "$now", nowMs);
                Set(command, "$max", claim.Max);
                var claimed = new List<ClaimedSubmission>();
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        var body = reader.IsDBNull(8) ? null : (byte[])reader.GetValue(8);
                        var submission = new StoredSubmission(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), reader.GetString(3), reader.GetString(4), body, DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture));
                        claimed.Add(new ClaimedSubmission(submission, reader.GetInt32(6), NullableString(reader, 7)));
                    }
                }

                return new StoreResult(claimed.Count > 0, claimed);
            }

            case MarkSending mark:
            {
                var command = Command(connection, transaction, commands, operation, """
                    UPDATE submissions SET sending_id = $sid, sending_since = $at, attempts = attempts + 1
                    WHERE umid = $umid AND status = 'processing' AND claimed_by = $me AND sending_id IS NULL;
                    """);
                Set(command, "$sid", mark.SendingId);
                Set(command, "$at", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                Set(command, "$umid", mark.Umid);
                Set(command, "$me", mark.Instance);
                return new StoreResult(command.ExecuteNonQuery() == 1);
            }

            case CompleteSubmission complete:
            {
                var command = Command(connection, transaction, commands, operation, """
                    UPDATE submissions SET status = 'done', processed_at = $at, summary = $summary, reply_umid = $reply,
                        claimed_by = NULL, lease_until = NULL, last_error = NULL
                    WHERE umid = $umid AND sending_id = $sid;
                    """);
                Set(command, "$at", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                Set(command, "$summary", complete.Summary);
                Set(command, "$reply", complete.ReplyUmid);
                Set(command, "$umid", complete.Umid);
                Set(command, "$sid", complete.SendingId);
                return new StoreResult(command.ExecuteNonQuery() == 1);
            }

            case RetrySubmission retry:
            {
                var command = Command(connection, transaction, commands, operation, """
                    UPDATE submissions SET status = 'pending', next_attempt_at = $next, last_error = $error,
                        claimed_by = NULL, lease_until = NULL, sending_id = NULL, sending_since = NULL
                    WHERE umid = $umid AND sending_id = $sid;
                    """);
                Set(command, "$next", nowMs + (long)retry.Delay.TotalMilliseconds);
                Set(command, "$error", retry.Error);
                Set(command, "$umid", retry.Umid);
                Set(command, "$sid", retry.SendingId);
                return new StoreResult(command.ExecuteNonQuery() == 1);
            }

            case ParkSubmission park:
            {
                var command = Command(connection, transaction, commands, operation, """
                    UPDATE submissions SET status = 'failed', last_error = $reason, claimed_by = NULL, lease_until = NULL
                    WHERE umid = $umid AND status = 'processing' AND claimed_by = $me AND sending_id IS $sid;
                    """);
                Set(command, "$reason", park.Reason);
                Set(command, "$umid", park.Umid);
                Set(command, "$me", park.Instance);
                Set(command, "$sid", park.SendingId);
                return new StoreResult(command.ExecuteNonQuery() == 1);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation.GetType().Name, "unknown store operation");
        }
    }

    /// <summary>One prepared command per operation kind and transaction, reused for every operation of that kind in the batch.</summary>
    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, Dictionary<Type, SqliteCommand> commands, StoreOperation operation, string sql)
    {
        if (!commands.TryGetValue(operation.GetType(), out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            commands.Add(operation.GetType(), command);
        }

        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value)
    {
        var parameters = command.Parameters;
        var index = parameters.IndexOf(name);
        if (index < 0)
        {
            parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        else
        {
            parameters[index].Value = value ?? DBNull.Value;
        }
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous = FULL;"); // WAL + FULL: every commit is fsynced before it returns
        return connection;
    }
}
