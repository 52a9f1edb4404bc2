using System.Data;
using System.Diagnostics;
using AdaptiveLearning.Application.Imports.Format;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.ImportTool.Benchmarks;

/// <summary>
/// MariaDB's raw MySqlBulkCopy rate for the same question rows into a copy of the questions table (same
/// indexes, FULLTEXT included), no logic at all: the ceiling the import is measured against.
/// </summary>
internal static class RawBulkCopyBaseline
{
    private const int Chunk = 50_000;

    public static async Task<double> MeasureRowsPerSecondAsync(string connectionString, int rows, CancellationToken ct)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync("DROP TABLE IF EXISTS bench_raw_questions; CREATE TABLE bench_raw_questions LIKE questions; " +
                                      "ALTER TABLE bench_raw_questions DROP FOREIGN KEY IF EXISTS fk_questions_facet");
        var elapsed = TimeSpan.Zero;
        for (var start = 0; start < rows; start += Chunk)
        {
            var table = Rows(start, Math.Min(rows, start + Chunk));
            var copy = new MySqlBulkCopy(connection) { DestinationTableName = "bench_raw_questions", BulkCopyTimeout = 0 };
            // By name: columns later migrations add (review timestamps, …) keep their defaults, as the importer leaves them.
            for (var ordinal = 0; ordinal < Columns.Length; ordinal++)
                copy.ColumnMappings.Add(new MySqlBulkCopyColumnMapping(ordinal, Columns[ordinal].Item1));
            var began = Stopwatch.GetTimestamp();
            await copy.WriteToServerAsync(table, ct);
            elapsed += Stopwatch.GetElapsedTime(began);
        }
        await connection.ExecuteAsync("DROP TABLE bench_raw_questions");
        return rows / elapsed.TotalSeconds;
    }

    private static DataTable Rows(int from, int to)
    {
        var table = new DataTable();
        foreach (var (name, type) in Columns)
            table.Columns.Add(name, type);
        var now = DateTime.UtcNow;
        for (var i = from; i < to; i++)
        {
            var q = new ImportedQuestion($"gen-{i:D7}", i % BankGenerator.PerFile, BankGenerator.Content(i));
            table.Rows.Add(DBNull.Value, q.ExternalId, 1L + i / BankGenerator.PerFile, q.Content.Type.ToString().ToLowerInvariant(), "draft", 1,
                q.ContentJson, q.ContentHash, q.Content.SearchText, (sbyte)q.Content.Difficulty, q.Irt.A, q.Irt.B, q.Irt.C, false,
                DBNull.Value, now, now);
        }
        return table;
    }

    private static readonly (string, Type)[] Columns =
    [
        ("id", typeof(long)), ("external_id", typeof(string)), ("facet_id", typeof(long)), ("type", typeof(string)),
        ("status", typeof(string)), ("version", typeof(int)), ("content", typeof(string)), ("content_hash", typeof(string)),
        ("search_text", typeof(string)), ("difficulty", typeof(sbyte)), ("irt_a", typeof(double)), ("irt_b", typeof(double)),
        ("irt_c", typeof(double)), ("irt_calibrated", typeof(bool)), ("created_by", typeof(string)),
        ("created_at", typeof(DateTime)), ("updated_at", typeof(DateTime)),
    ];
}
