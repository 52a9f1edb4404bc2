using System.Data;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Domain.Content;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Hierarchy;

internal sealed class HierarchyRepository(MySqlDataSource db, IClock clock) : IHierarchyRepository
{
    public async Task<HierarchyNode?> GetAsync(HierarchyPath path, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<HierarchyRow>(new CommandDefinition(
            $"SELECT {HierarchyRow.Columns} FROM hierarchy_nodes WHERE path = @Path", new { Path = path.ToString() }, cancellationToken: ct));
        return row?.ToNode();
    }

    public async Task<IReadOnlyList<HierarchyNode>> GetChildrenAsync(long? parentId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<HierarchyRow>(new CommandDefinition(
            $"SELECT {HierarchyRow.Columns} FROM hierarchy_nodes WHERE parent_id <=> @ParentId ORDER BY sort_order, path",
            new { ParentId = parentId }, cancellationToken: ct));
        return rows.Select(r => r.ToNode()).ToList();
    }

    public async Task<HierarchyNode> AddAsync(HierarchyNode node, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        try
        {
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO hierarchy_nodes (parent_id, level, code, path, name, description, sort_order, is_active, created_at, updated_at)
                VALUES (@ParentId, @Level, @Code, @Path, @Name, @Description, @SortOrder, @IsActive, @Now, @Now);
                SELECT LAST_INSERT_ID();
                """,
                new
                {
                    node.ParentId, node.Level, node.Path.Code, Path = node.Path.ToString(), node.Name, node.Description,
                    node.SortOrder, node.IsActive, Now = clock.UtcNow,
                }, cancellationToken: ct));
            return new HierarchyNode
            {
                Id = id, ParentId = node.ParentId, Path = node.Path, Name = node.Name, Description = node.Description,
                SortOrder = node.SortOrder, IsActive = node.IsActive,
            };
        }
        catch (MySqlException e) when (e.ErrorCode == MySqlErrorCode.DuplicateKeyEntry)
        {
            throw new DuplicateKeyException("path", e);
        }
    }

    public async Task SaveAsync(HierarchyNode node, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE hierarchy_nodes SET name = @Name, description = @Description, sort_order = @SortOrder,
                                       is_active = @IsActive, updated_at = @Now
            WHERE id = @Id
            """, new { node.Id, node.Name, node.Description, node.SortOrder, node.IsActive, Now = clock.UtcNow }, cancellationToken: ct));
    }

    public async Task SaveOrderAsync(IReadOnlyList<HierarchyNode> siblings, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE hierarchy_nodes SET sort_order = @SortOrder, updated_at = @Now WHERE id = @Id",
            siblings.Select(s => new { s.Id, s.SortOrder, Now = clock.UtcNow }), transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }
}
