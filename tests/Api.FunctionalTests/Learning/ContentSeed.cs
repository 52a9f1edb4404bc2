using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Infrastructure.Caching;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

/// <summary>Writes hierarchy nodes and questions straight to the database, independent of the content API.</summary>
internal static class ContentSeed
{
    /// <summary>Creates the node and any missing ancestors; returns the node's id.</summary>
    public static async Task<long> NodeAsync(string path, bool active = true)
    {
        await using var connection = await OpenAsync();
        long? parent = null;
        long id = 0;
        foreach (var node in HierarchyPath.Parse(path).SelfAndAncestors())
        {
            var isTarget = node.ToString() == path;
            await connection.ExecuteAsync("""
                INSERT INTO hierarchy_nodes (parent_id, level, code, path, name, is_active, created_at, updated_at)
                VALUES (@Parent, @Level, @Code, @Path, @Code, @Active, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE is_active = IF(@IsTarget, VALUES(is_active), is_active)
                """, new { Parent = parent, node.Level, node.Code, Path = node.ToString(), Active = !isTarget || active, IsTarget = isTarget });
            id = await connection.ExecuteScalarAsync<long>("SELECT id FROM hierarchy_nodes WHERE path = @Path", new { Path = node.ToString() });
            parent = id;
        }
        return id;
    }

    public static QuestionContent Mcq(string text, params string[] correct) => new()
    {
        Type = QuestionType.Mcq,
        Text = text,
        Options = [new("a", "Alpha", "Alpha is the first letter."), new("b", "Beta"), new("c", "Gamma"), new("d", "Delta")],
        CorrectKeys = correct,
        Explanation = "Because the book says so.",
        EstimatedTimeSeconds = 20,
    };

    public static QuestionContent Theory(string text, params string[] rubric) => new()
    {
        Type = QuestionType.Theory,
        Text = text,
        ModelAnswer = "The model answer.",
        RubricKeywords = rubric,
        Explanation = "Explained.",
    };

    public static async Task<long> QuestionAsync(string facetPath, QuestionContent content, string status = "published") =>
        (await QuestionsAsync(facetPath, [content], status))[0];

    /// <summary>Many questions in few statements (the replay test needs 1,205).</summary>
    public static async Task<IReadOnlyList<long>> QuestionsAsync(string facetPath, IReadOnlyList<QuestionContent> contents, string status = "published")
    {
        var facetId = await NodeAsync(facetPath);
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var ids = new List<long>();
        foreach (var content in contents)
        {
            var id = await connection.ExecuteScalarAsync<long>("""
                INSERT INTO questions (external_id, facet_id, type, status, version, content, content_hash, search_text, difficulty,
                                       irt_a, irt_b, irt_c, created_at, updated_at)
                VALUES (@ExternalId, @FacetId, @Type, @Status, 1, @Content, @Hash, @Search, @Difficulty, 1, 0, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
                SELECT LAST_INSERT_ID();
                """, new
                {
                    ExternalId = Guid.NewGuid().ToString("N"), FacetId = facetId, Type = content.Type.ToString().ToLowerInvariant(),
                    Status = status, Content = content.ToJson(), Hash = content.Hash(), Search = content.SearchText, content.Difficulty,
                }, transaction);
            await connection.ExecuteAsync("""
                INSERT INTO question_versions (question_id, version, facet_id, content, content_hash, created_at)
                VALUES (@Id, 1, @FacetId, @Content, @Hash, UTC_TIMESTAMP(6))
                """, new { Id = id, FacetId = facetId, Content = content.ToJson(), Hash = content.Hash() }, transaction);
            ids.Add(id);
        }
        await transaction.CommitAsync();
        return ids;
    }

    /// <summary>Publishes a new version of a question, as the content API would, and retires cached content as its writers do.</summary>
    public static async Task ReviseAsync(long questionId, QuestionContent content)
    {
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync("""
            UPDATE questions SET version = version + 1, content = @Content, content_hash = @Hash WHERE id = @Id;
            INSERT INTO question_versions (question_id, version, facet_id, content, content_hash, created_at)
            SELECT id, version, facet_id, content, content_hash, UTC_TIMESTAMP(6) FROM questions WHERE id = @Id;
            """, new { Id = questionId, Content = content.ToJson(), Hash = content.Hash() });
        await LearningApi.Factory.Services.GetRequiredService<ContentCache>().InvalidateAllAsync(CancellationToken.None);
    }

    public static async Task<long> ScalarAsync(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    private static async Task<MySqlConnection> OpenAsync()
    {
        var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
