using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Infrastructure.Hierarchy;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Questions;

/// <summary>Turns a <see cref="ReviewQueueSpecification"/> into SQL in three steps: where, order (oldest submission first), page.</summary>
internal static class ReviewQueueSql
{
    public static (string Sql, DynamicParameters Parameters) Build(ReviewQueueSpecification spec)
    {
        var parameters = new DynamicParameters();
        var sql = $"""
            SELECT q.id, q.external_id, f.path, q.type, q.content, q.version, q.submitted_at, q.created_by AS author_id,
                   v.created_by AS last_editor_id
            FROM questions q
            JOIN hierarchy_nodes f ON f.id = q.facet_id
            LEFT JOIN question_versions v ON v.question_id = q.id AND v.version = q.version
            WHERE {string.Join(" AND ", Where(spec, parameters))}
            ORDER BY q.submitted_at, q.id
            {Page(spec, parameters)}
            """;
        return (sql, parameters);
    }

    public static IReadOnlyList<string> Where(ReviewQueueSpecification spec, DynamicParameters parameters)
    {
        parameters.Add("InReview", WireNames.Of(QuestionStatus.InReview));
        // submitted_at is set on every entry into review (and backfilled by the migration), never null here.
        var clauses = new List<string> { "q.status = @InReview" };
        if (spec.NodePath is { } path)
            clauses.Add(PathScopeSql.Within("f.path", path, parameters, "NodePath"));
        if (spec.AuthorId is { } author)
        {
            clauses.Add("q.created_by = @AuthorId");
            parameters.Add("AuthorId", author.ToString());
        }
        if (spec.After is { Score: { } key } after)
        {
            clauses.Add("(q.submitted_at > @AfterSubmitted OR (q.submitted_at = @AfterSubmitted AND q.id > @AfterId))");
            parameters.Add("AfterSubmitted", ReviewQueueSpecification.SubmittedAt(key));
            parameters.Add("AfterId", after.Id);
        }
        return clauses;
    }

    /// <summary>One row more than the page, so the caller knows whether another page follows.</summary>
    public static string Page(ReviewQueueSpecification spec, DynamicParameters parameters)
    {
        parameters.Add("Take", spec.Limit + 1);
        return "LIMIT @Take";
    }
}
