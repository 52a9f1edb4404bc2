using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Infrastructure.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Learning;

internal sealed class QuestionLookup(MySqlDataSource db) : IQuestionLookup
{
    public async Task<IReadOnlyDictionary<long, AnswerableQuestion>> GetCurrentAsync(IReadOnlyCollection<long> questionIds, CancellationToken ct)
    {
        if (questionIds.Count == 0)
            return new Dictionary<long, AnswerableQuestion>();
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(long Id, int Version, string Content, long Available)>(new CommandDefinition($"""
            SELECT q.id, q.version, q.content, CAST({VisibleQuestions.Condition} AS SIGNED) AS available
            FROM questions q
            {VisibleQuestions.Joins}
            WHERE q.id IN @Ids
            """, new { Ids = questionIds }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Id, r => new AnswerableQuestion(r.Id, r.Version, QuestionContent.FromJson(r.Content), r.Available != 0));
    }

    public async Task<IReadOnlyDictionary<(long QuestionId, int Version), QuestionContent>> GetVersionsAsync(
        IReadOnlyCollection<long> questionIds, CancellationToken ct)
    {
        if (questionIds.Count == 0)
            return new Dictionary<(long, int), QuestionContent>();
        await using var connection = await db.OpenConnectionAsync(ct);
        // The current version too, in case a writer has not copied it to question_versions.
        var rows = await connection.QueryAsync<(long QuestionId, int Version, string Content)>(new CommandDefinition("""
            SELECT question_id, version, content FROM question_versions WHERE question_id IN @Ids
            UNION ALL
            SELECT id, version, content FROM questions WHERE id IN @Ids
            """, new { Ids = questionIds }, cancellationToken: ct));
        var versions = new Dictionary<(long, int), QuestionContent>();
        foreach (var row in rows)
            versions.TryAdd((row.QuestionId, row.Version), QuestionContent.FromJson(row.Content));
        return versions;
    }
}
