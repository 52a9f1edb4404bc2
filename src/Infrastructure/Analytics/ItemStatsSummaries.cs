using System.Data;
using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.ItemAnalysis;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>
/// Recomputes the summary row (current version's numbers, card rates, flags) of every question whose sums changed or
/// whose current version moved on since it was summarised. The weak-item list reads only these rows.
/// </summary>
internal sealed class ItemStatsSummaries(MySqlDataSource db, ItemStatsOptions options)
{
    private const int QuestionsPerChunk = 200;

    public async Task<long> RefreshAsync(CancellationToken ct)
    {
        IReadOnlyList<long> due;
        await using (var connection = await db.OpenConnectionAsync(ct))
        {
            // Deleted questions' rows go; their sums stay behind, unread.
            await connection.ExecuteAsync(new CommandDefinition("""
                DELETE s FROM item_stats_questions s LEFT JOIN questions q ON q.id = s.question_id WHERE q.id IS NULL
                """, cancellationToken: ct));
            due = (await connection.QueryAsync<long>(new CommandDefinition("""
                SELECT s.question_id FROM item_stats_questions s JOIN questions q ON q.id = s.question_id
                WHERE s.dirty = 1 OR s.version <> q.version
                ORDER BY s.question_id
                """, commandTimeout: 600, cancellationToken: ct))).ToList();
        }
        foreach (var chunk in due.Chunk(QuestionsPerChunk))
            await SummariseAsync(chunk, ct);
        return due.Count;
    }

    private async Task SummariseAsync(long[] ids, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // Under the state lock, a batch cannot mark a question dirty between this read and the write that clears the mark.
        await ItemStatsAggregation.LockStateAsync(connection, tx, ct);
        var grid = await connection.QueryMultipleAsync(new CommandDefinition($"""
            SELECT q.id, q.version, v.content FROM questions q
            LEFT JOIN question_versions v ON v.question_id = q.id AND v.version = q.version
            WHERE q.id IN @Ids;
            SELECT s.question_id, s.attempts, s.correct, s.ability_attempts, s.ability_correct, s.ability_sum, s.ability_sum_sq, s.ability_correct_sum
            FROM item_stats_versions s JOIN questions q ON q.id = s.question_id AND q.version = s.version WHERE s.question_id IN @Ids;
            SELECT b.question_id, CAST(b.band AS SIGNED) AS band, b.answers
            FROM item_stats_bands b JOIN questions q ON q.id = b.question_id AND q.version = b.version WHERE b.question_id IN @Ids;
            SELECT o.question_id, o.option_key, CAST(o.band AS SIGNED) AS band, o.picks
            FROM item_stats_options o JOIN questions q ON q.id = o.question_id AND q.version = o.version WHERE o.question_id IN @Ids;
            SELECT question_id, CAST(SUM(reps > 0) AS SIGNED) AS studied, CAST(SUM(reps) AS SIGNED) AS reviews,
                   CAST(SUM(lapses) AS SIGNED) AS lapses, CAST(SUM(leech) AS SIGNED) AS leeches
            FROM cards WHERE question_id IN @Ids GROUP BY question_id;
            """, new { Ids = ids }, tx, cancellationToken: ct));
        var questions = (await grid.ReadAsync<(long Id, int Version, string? Content)>()).ToList();
        var moments = (await grid.ReadAsync<MomentsRow>()).ToDictionary(m => m.QuestionId, m => m.ToMoments());
        var bands = (await grid.ReadAsync<(long QuestionId, long Band, long Answers)>()).ToLookup(b => b.QuestionId, b => new BandAnswers((int)b.Band, b.Answers));
        var picks = (await grid.ReadAsync<(long QuestionId, string OptionKey, long Band, long Picks)>())
            .ToLookup(p => p.QuestionId, p => new OptionBandPicks(p.OptionKey, (int)p.Band, p.Picks));
        var cards = (await grid.ReadAsync<(long QuestionId, long Studied, long Reviews, long Lapses, long Leeches)>())
            .ToDictionary(c => c.QuestionId, c => new CardRates(c.Studied, c.Reviews, c.Lapses, c.Leeches));
        // The connection runs the write next, so the reader must be closed first.
        await grid.DisposeAsync();

        var thresholds = options.Thresholds();
        var rows = questions.Select(q =>
        {
            var version = new VersionStatsData(q.Version, q.Content is null ? null : QuestionContent.FromJson(q.Content),
                moments.GetValueOrDefault(q.Id, ItemMoments.Empty), bands[q.Id].ToList(), picks[q.Id].ToList(), []);
            var rates = cards.GetValueOrDefault(q.Id, new CardRates(0, 0, 0, 0));
            var flags = ItemFlagRules.Evaluate(ItemEvidenceBuilder.Build(version, rates), thresholds);
            return (q.Id, version, rates, flags);
        }).ToList();
        if (rows.Count > 0)
        {
            var (values, parameters) = MultiRowValues.Build(rows, [
                r => r.Id, r => 0, r => r.version.Version, r => r.version.Moments.Attempts, r => r.version.Moments.ProportionCorrect,
                r => r.version.Moments.PointBiserial(), r => r.rates.Studied, r => r.rates.Reviews, r => r.rates.Lapses, r => r.rates.Leeches,
                r => r.rates.LapseRate, r => r.rates.LeechRate, r => r.flags.Count, r => ItemFlagJson.Write(r.flags)]);
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO item_stats_questions (question_id, dirty, version, attempts, proportion_correct, discrimination, studied_cards, reviews,
                                                  lapses, leeches, lapse_rate, leech_rate, flag_count, flags)
                VALUES {values}
                ON DUPLICATE KEY UPDATE dirty = 0, version = VALUES(version), attempts = VALUES(attempts),
                    proportion_correct = VALUES(proportion_correct), discrimination = VALUES(discrimination),
                    studied_cards = VALUES(studied_cards), reviews = VALUES(reviews), lapses = VALUES(lapses), leeches = VALUES(leeches),
                    lapse_rate = VALUES(lapse_rate), leech_rate = VALUES(leech_rate), flag_count = VALUES(flag_count), flags = VALUES(flags),
                    computed_at = UTC_TIMESTAMP(6)
                """, parameters, tx, cancellationToken: ct));
        }
        await tx.CommitAsync(ct);
    }
}
