using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Infrastructure.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Hierarchy;

/// <summary>Loads the whole tree in one round trip; it is small (hundreds of nodes) and cached above this class.</summary>
internal sealed class HierarchyQueries(MySqlDataSource db) : IHierarchyQueries
{
    public async Task<IReadOnlyList<HierarchyNodeDto>> GetTreeAsync(bool includeInactive, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        using var results = await connection.QueryMultipleAsync(new CommandDefinition($"""
            SELECT {HierarchyRow.Columns} FROM hierarchy_nodes ORDER BY level, sort_order, path;
            SELECT q.facet_id AS {nameof(FacetCount.FacetId)}, COUNT(*) AS {nameof(FacetCount.Count)}
            FROM questions q WHERE {VisibleQuestions.Published} GROUP BY q.facet_id;
            """, cancellationToken: ct));
        var rows = (await results.ReadAsync<HierarchyRow>()).ToList();
        var counts = (await results.ReadAsync<FacetCount>()).ToDictionary(c => c.FacetId, c => c.Count);
        return Build(rows, counts, includeInactive);
    }

    private static IReadOnlyList<HierarchyNodeDto> Build(List<HierarchyRow> rows, Dictionary<long, int> counts, bool includeInactive)
    {
        var byParent = rows.Where(r => includeInactive || r.IsActive).ToLookup(r => r.ParentId);

        HierarchyNodeDto ToDto(HierarchyRow row)
        {
            var children = byParent[row.Id].Select(ToDto).ToArray();
            var path = HierarchyPath.Parse(row.Path);
            return new HierarchyNodeDto
            {
                Id = row.Id,
                Path = row.Path,
                Code = path.Code,
                Level = HierarchyNode.LevelOf(path.Level),
                Name = row.Name,
                Description = row.Description,
                Order = row.SortOrder,
                Active = row.IsActive,
                PublishedQuestions = counts.GetValueOrDefault(row.Id) + children.Sum(c => c.PublishedQuestions),
                Children = children,
            };
        }

        return byParent[null].Select(ToDto).ToArray();
    }

    private sealed class FacetCount
    {
        public long FacetId { get; init; }
        public int Count { get; init; }
    }
}
