using AdaptiveLearning.Domain.ItemAnalysis;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>
/// Adds a tally's deltas to the stats tables in the caller's transaction: multi-row upserts that add to the stored sums
/// (negative deltas subtract), and marks the touched questions for summarising.
/// </summary>
internal static class ItemStatsTables
{
    public static async Task AddAsync(MySqlConnection connection, MySqlTransaction tx, ItemStatsTally tally, CancellationToken ct)
    {
        await UpsertAsync(connection, tx, "item_stats_versions",
            ["question_id", "version"], ["attempts", "correct", "ability_attempts", "ability_correct", "ability_sum", "ability_sum_sq", "ability_correct_sum"],
            tally.Versions.ToList(), [r => r.Key.Question, r => r.Key.Version, r => r.Value.Attempts, r => r.Value.Correct, r => r.Value.AbilityAttempts,
                r => r.Value.AbilityCorrect, r => r.Value.AbilitySum, r => r.Value.AbilitySumOfSquares, r => r.Value.AbilityCorrectSum], ct);
        await UpsertAsync(connection, tx, "item_stats_times", ["question_id", "version", "bucket"], ["answers"],
            tally.Times.ToList(), [r => r.Key.Question, r => r.Key.Version, r => r.Key.Bucket, r => r.Value], ct);
        await UpsertAsync(connection, tx, "item_stats_bands", ["question_id", "version", "band"], ["answers", "correct"],
            tally.Bands.ToList(), [r => r.Key.Question, r => r.Key.Version, r => r.Key.Band, r => r.Value.Answers, r => r.Value.Correct], ct);
        await UpsertAsync(connection, tx, "item_stats_options", ["question_id", "version", "option_key", "band"], ["picks"],
            tally.Picks.ToList(), [r => r.Key.Question, r => r.Key.Version, r => r.Key.Key, r => r.Key.Band, r => r.Value], ct);
        await UpsertAsync(connection, tx, "item_stats_learners", ["user_id"], ["attempts", "correct"],
            tally.LearnerDeltas.ToList(), [r => r.Key, r => r.Value.Attempts, r => r.Value.Correct], ct);
        foreach (var chunk in tally.Counted.Chunk(MultiRowValues.RowsPerStatement))
        {
            var (values, parameters) = MultiRowValues.Build(chunk, [r => r.AttemptId, r => r.Ability]);
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO item_stats_counted (attempt_id, ability) VALUES {values}", parameters, tx, cancellationToken: ct));
        }
        foreach (var chunk in tally.Questions.Chunk(MultiRowValues.RowsPerStatement))
        {
            var (values, parameters) = MultiRowValues.Build(chunk, [q => q]);
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO item_stats_questions (question_id) VALUES {values} ON DUPLICATE KEY UPDATE dirty = 1", parameters, tx, cancellationToken: ct));
        }
    }

    private static async Task UpsertAsync<T>(MySqlConnection connection, MySqlTransaction tx, string table, string[] keys, string[] sums,
        IReadOnlyList<T> rows, IReadOnlyList<Func<T, object?>> columns, CancellationToken ct)
    {
        // Table and column names are the constants above, never input.
        var update = string.Join(", ", sums.Select(c => $"{c} = {c} + VALUES({c})"));
        foreach (var chunk in rows.Chunk(MultiRowValues.RowsPerStatement))
        {
            var (values, parameters) = MultiRowValues.Build(chunk, columns);
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {table} ({string.Join(", ", keys.Concat(sums))}) VALUES {values} ON DUPLICATE KEY UPDATE {update}",
                parameters, tx, cancellationToken: ct));
        }
    }
}
