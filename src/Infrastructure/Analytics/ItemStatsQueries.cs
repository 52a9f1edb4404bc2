using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.ItemAnalysis;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>Reads the stats tables: a handful of rows per question, however long the attempt log.</summary>
internal sealed class ItemStatsQueries(MySqlDataSource db) : IItemStatsQueries
{
    public async Task<QuestionStatsData?> GetQuestionAsync(long questionId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition("""
            SELECT id, version, irt_a, irt_b, irt_c, irt_calibrated FROM questions WHERE id = @Id;
            SELECT question_id, version, attempts, correct, ability_attempts, ability_correct, ability_sum, ability_sum_sq, ability_correct_sum
            FROM item_stats_versions WHERE question_id = @Id;
            SELECT version, CAST(band AS SIGNED), answers FROM item_stats_bands WHERE question_id = @Id;
            SELECT version, option_key, CAST(band AS SIGNED), picks FROM item_stats_options WHERE question_id = @Id;
            SELECT version, CAST(bucket AS SIGNED), answers FROM item_stats_times WHERE question_id = @Id;
            SELECT v.version, v.content FROM question_versions v JOIN questions q ON q.id = v.question_id
            WHERE v.question_id = @Id
              AND (v.version = q.version OR v.version IN (SELECT s.version FROM item_stats_versions s WHERE s.question_id = @Id));
            SELECT studied_cards, reviews, lapses, leeches FROM item_stats_questions WHERE question_id = @Id AND computed_at IS NOT NULL;
            SELECT computed_at FROM item_stats_state WHERE id = 1;
            """, new { Id = questionId }, cancellationToken: ct));
        var question = await grid.ReadSingleOrDefaultAsync<(long Id, int Version, double A, double B, double C, bool Calibrated)>();
        if (question.Id == 0)
            return null;
        var moments = (await grid.ReadAsync<MomentsRow>()).ToDictionary(m => m.Version, m => m.ToMoments());
        var bands = (await grid.ReadAsync<(int Version, long Band, long Answers)>()).ToLookup(b => b.Version, b => new BandAnswers((int)b.Band, b.Answers));
        var picks = (await grid.ReadAsync<(int Version, string Key, long Band, long Picks)>())
            .ToLookup(p => p.Version, p => new OptionBandPicks(p.Key, (int)p.Band, p.Picks));
        var times = (await grid.ReadAsync<(int Version, long Bucket, long Answers)>()).ToLookup(t => t.Version, t => new TimeBucketCount((int)t.Bucket, t.Answers));
        var contents = (await grid.ReadAsync<(int Version, string Content)>()).ToDictionary(c => c.Version, c => QuestionContent.FromJson(c.Content));
        var cards = (await grid.ReadAsync<(long Studied, long Reviews, long Lapses, long Leeches)>())
            .Select(c => new CardRates(c.Studied, c.Reviews, c.Lapses, c.Leeches)).FirstOrDefault();
        var computedAt = Utc(await grid.ReadSingleOrDefaultAsync<DateTime?>());

        var versions = moments.Keys.Append(question.Version).Distinct().Select(v => new VersionStatsData(
            v, contents.GetValueOrDefault(v), moments.GetValueOrDefault(v, ItemMoments.Empty), bands[v].ToList(), picks[v].ToList(), times[v].ToList()));
        return new QuestionStatsData(question.Id, question.Version, new IrtDto(question.A, question.B, question.C, question.Calibrated),
            cards, computedAt, versions.ToList());
    }

    public async Task<Page<WeakItem>> ListWeakAsync(WeakItemsSpecification spec, CancellationToken ct)
    {
        var (sql, parameters) = WeakItemsSql.Build(spec);
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<WeakItemRow>(new CommandDefinition(sql, parameters, cancellationToken: ct)))
            .Select(r => r.ToItem()).ToList();
        return Page<WeakItem>.FromRows(rows, spec.Limit, last => new KeysetCursor(last.QuestionId, spec.ScoreOf(last)));
    }

    public async Task<DateTimeOffset?> ComputedAtAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return Utc(await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "SELECT computed_at FROM item_stats_state WHERE id = 1", cancellationToken: ct)));
    }

    /// <summary>Times are stored in UTC; Dapper reads DATETIME back without a kind.</summary>
    internal static DateTimeOffset? Utc(DateTime? stored) =>
        stored is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
