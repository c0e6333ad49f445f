using Npgsql;
using NpgsqlTypes;

namespace WebhookService.Storage;

/// <summary>
/// PostgreSQL storage for one or several instances on one database. Same umid primary key; the processing queue is
/// the table itself: instances claim due rows with <c>FOR UPDATE SKIP LOCKED</c> and a lease, so two instances never
/// claim the same row and the rows of an instance that died are claimed again when its lease runs out. Times come
/// from the database clock (<c>now()</c>), never from the instances' clocks. A batch of operations goes to the server
/// in one round trip (an <see cref="NpgsqlBatch"/>) as one transaction. PostgreSQL takes concurrent transactions, so
/// the group-commit writer may commit several batches at once (<see cref="ConcurrentBatches"/>).
/// </summary>
public sealed class PostgresSubmissionStore : ISubmissionStore, IAsyncDisposable
{
    private const string Returning = "umid, flow, flow_token, msisdn, response_json, received_at, attempts, sending_id, body";

    private readonly NpgsqlDataSource _dataSource;

    public PostgresSubmissionStore(string connectionString)
    {
        // The same few statements run all the time: let Npgsql prepare them (server-side plans), unless configured.
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 16;
        }

        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public string Name => "postgresql";

    public int ConcurrentBatches => 4;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT pg_advisory_xact_lock(8801700017); -- instances starting together create the table once
            CREATE TABLE IF NOT EXISTS submissions (
                umid text NOT NULL PRIMARY KEY,
                flow text NOT NULL,
                flow_token text NULL,
                msisdn text NOT NULL,
                response_json text NOT NULL,
                body bytea NULL,
                received_at timestamptz NOT NULL,
                status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'done', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                next_attempt_at timestamptz NOT NULL DEFAULT now(),
                claimed_by text NULL,
                lease_until timestamptz NULL,
                sending_id text NULL,
                sending_since timestamptz NULL,
                reply_umid text NULL,
                last_error text NULL,
                processed_at timestamptz NULL,
                summary text NULL
            );
            ALTER TABLE submissions ADD COLUMN IF NOT EXISTS body bytea NULL; -- tables of versions that kept only response_json
            CREATE INDEX IF NOT EXISTS submissions_due ON submissions (next_attempt_at) WHERE status = 'pending';
            CREATE INDEX IF NOT EXISTS submissions_leased ON submissions (lease_until) WHERE status = 'processing';
            """,
            connection,
            transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<StoreResult[]> ExecuteAsync(IReadOnlyList<StoreOperation> operations, CancellationToken cancellationToken)
    {
        // A batch without an explicit transaction runs as one implicit transaction (all statements before one Sync):
        // all of it is committed or none, in a single round trip.
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var operation in operations)
        {
            batch.BatchCommands.Add(Command(operation));
        }

        // Every statement returns rows (RETURNING), one result set per operation, in order.
        var results = new StoreResult[operations.Count];
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            for (var i = 0; i < operations.Count; i++)
            {
                if (i > 0 && !await reader.NextResultAsync(cancellationToken))
                {
                    throw new InvalidOperationException($"PostgreSQL returned {i} result sets for {operations.Count} operations");
                }

                if (operations[i] is ClaimSubmissions)
                {
                    var claimed = new List<ClaimedSubmission>();
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        var body = reader.IsDBNull(8) ? null : reader.GetFieldValue<byte[]>(8);
                        var submission = new StoredSubmission(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), reader.GetString(3), reader.GetString(4), body, reader.GetFieldValue<DateTimeOffset>(5));
                        claimed.Add(new ClaimedSubmission(submission, reader.GetInt32(6), NullableString(reader, 7)));
                    }

                    results[i] = new StoreResult(claimed.Count > 0, claimed);
                }
                else
                {
                    var rows = 0;
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        rows++;
                    }

                    results[i] = new StoreResult(rows == 1);
                }
            }
        }

        return results;
    }

    public async Task<IReadOnlyList<SubmissionRecord>> ListAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT umid, flow, status, attempts, last_error, summary, reply_umid FROM submissions
            WHERE $1::text IS NULL OR status = $1 ORDER BY received_at, umid LIMIT $2;
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)status ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<SubmissionRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new SubmissionRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), NullableString(reader, 4), NullableString(reader, 5), NullableString(reader, 6)));
        }

        return records;
    }

    public async Task<int> ReplayAsync(IReadOnlyList<string> umids, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("""
            UPDATE submissions SET status = 'pending', attempts = 0, next_attempt_at = now(), claimed_by = NULL, lease_until = NULL,
                sending_id = NULL, sending_since = NULL
            WHERE status = 'failed' AND (cardinality($1::text[]) = 0 OR umid = ANY($1));
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = umids.ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static NpgsqlBatchCommand Command(StoreOperation operation)
    {
        switch (operation)
        {
            case InsertSubmission insert:
            {
                var s = insert.Submission;
                return With(
                    """
                    INSERT INTO submissions (umid, flow, flow_token, msisdn, response_json, body, received_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (umid) DO NOTHING RETURNING umid;
                    """,
                    s.Umid, s.Flow, Text(s.FlowToken), s.Msisdn, s.ResponseJson, Bytes(s.Body), s.ReceivedAt);
            }

            case ClaimSubmissions claim:
                return With(
                    $"""
                    WITH expired AS (
                        SELECT umid FROM submissions WHERE status = 'processing' AND lease_until < now()
                        ORDER BY lease_until LIMIT $3 FOR UPDATE SKIP LOCKED),
                    due AS (
                        SELECT umid FROM submissions WHERE status = 'pending' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
                    UPDATE submissions s SET status = 'processing', claimed_by = $1, lease_until = now() + $2
                    FROM (SELECT umid FROM expired UNION ALL SELECT umid FROM due LIMIT $3) claimed
                    WHERE s.umid = claimed.umid
                    RETURNING {string.Join(", ", Returning.Split(", ").Select(c => "s." + c))};
                    """,
                    claim.Instance, claim.Lease, claim.Max);

            case MarkSending mark:
                return With(
                    """
                    UPDATE submissions SET sending_id = $1, sending_since = now(), attempts = attempts + 1
                    WHERE umid = $2 AND status = 'processing' AND claimed_by = $3 AND sending_id IS NULL RETURNING umid;
                    """,
                    mark.SendingId, mark.Umid, mark.Instance);

            case CompleteSubmission complete:
                return With(
                    """
                    UPDATE submissions SET status = 'done', processed_at = now(), summary = $1, reply_umid = $2,
                        claimed_by = NULL, lease_until = NULL, last_error = NULL
                    WHERE umid = $3 AND sending_id = $4 RETURNING umid;
                    """,
                    complete.Summary, Text(complete.ReplyUmid), complete.Umid, complete.SendingId);

            case RetrySubmission retry:
                return With(
                    """
                    UPDATE submissions SET status = 'pending', next_attempt_at = now() + $1, last_error = $2,
                        claimed_by = NULL, lease_until = NULL, sending_id = NULL, sending_since = NULL
                    WHERE umid = $3 AND sending_id = $4 RETURNING umid;
                    """,
                    retry.Delay, retry.Error, retry.Umid, retry.SendingId);

            case ParkSubmission park:
                return With(
                    """
                    UPDATE submissions SET status = 'failed', last_error = $1, claimed_by = NULL, lease_until = NULL
                    WHERE umid = $2 AND status = 'processing' AND claimed_by = $3 AND sending_id IS NOT DISTINCT FROM $4 RETURNING umid;
                    """,
                    park.Reason, park.Umid, park.Instance, Text(park.SendingId));

            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation.GetType().Name, "unknown store operation");
        }
    }

    private static NpgsqlBatchCommand With(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }

        return command;
    }

    /// <summary>A text parameter that may be null (typed, so PostgreSQL need not infer it).</summary>
    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    /// <summary>A bytea parameter that may be null.</summary>
    private static NpgsqlParameter Bytes(byte[]? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea };

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
