using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FlowTypes.SampleTests.Infrastructure;

/// <summary>One row of the sample's submissions table as the tests read it, straight from the database.</summary>
public sealed record SubmissionRow(string Umid, string ResponseJson, string Status, int Attempts, string? LastError, string? ReplyUmid, string? Summary);

/// <summary>Reads the sample's submissions table from SQLite or PostgreSQL.</summary>
public static class SubmissionsTable
{
    private const string Query = "SELECT umid, response_json, status, attempts, last_error, reply_umid, summary FROM submissions ORDER BY umid";

    /// <summary>The rows; <paramref name="postgres"/> selects the storage; an absent SQLite file reads as no rows.</summary>
    public static async Task<List<SubmissionRow>> ReadAsync(bool postgres, string connectionString)
    {
        var rows = new List<SubmissionRow>();
        if (postgres)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(Query, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(new SubmissionRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
            }
        }
        else
        {
            using var connection = new SqliteConnection(connectionString + ";Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(new SubmissionRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
            }
        }

        return rows;
    }
}
