using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Infrastructure.Hierarchy;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Imports;

internal sealed class QuestionExportSource(MySqlDataSource db) : IQuestionExportSource
{
    public async Task<IReadOnlyList<ExportNode>> NodesAsync(string? path, CancellationToken ct)
    {
        // Ancestors come along so the exported _hierarchy.json names the whole way down to the subtree.
        var parameters = new DynamicParameters();
        var subtree = path is null ? "1 = 1" : PathScopeSql.Within("path", path, parameters, "Path") + " OR path IN @Ancestors";
        if (path is not null)
            parameters.Add("Ancestors", HierarchyPath.TryParse(path, out var parsed) ? parsed.SelfAndAncestors().Select(a => a.ToString()) : [path]);
        var sql = $"""
            SELECT id AS {nameof(ExportNode.Id)}, path AS {nameof(ExportNode.Path)}, level AS {nameof(ExportNode.Level)},
                   name AS {nameof(ExportNode.Name)}, description AS {nameof(ExportNode.Description)}, sort_order AS {nameof(ExportNode.SortOrder)}
            FROM hierarchy_nodes
            WHERE {subtree}
            ORDER BY path
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<ExportNodeRow>(new CommandDefinition(sql, parameters, cancellationToken: ct)))
            .Select(r => new ExportNode(r.Id, r.Path, r.Level, r.Name, r.Description, r.SortOrder)).ToList();
    }

    public async Task<IReadOnlyList<ExportedQuestion>> QuestionsAsync(long facetId, QuestionStatus? status, CancellationToken ct)
    {
        const string sql = $"""
            SELECT external_id AS {nameof(ExportedQuestion.ExternalId)}, content AS {nameof(ExportedQuestion.Content)}
            FROM questions WHERE facet_id = @FacetId AND (@Status IS NULL OR status = @Status) ORDER BY id
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<ExportedQuestion>(new CommandDefinition(sql, new { FacetId = facetId, Status = status is { } s ? WireNames.Of(s) : null }, cancellationToken: ct))).ToList();
    }

    private sealed record ExportNodeRow(long Id, string Path, sbyte Level, string Name, string? Description, int SortOrder);
}
