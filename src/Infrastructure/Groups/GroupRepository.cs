using System.Data;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Groups;
using AdaptiveLearning.Infrastructure.Leaderboards;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Groups;

internal sealed class GroupRepository(MySqlDataSource db) : IGroupRepository
{
    private const string GroupColumns =
        "g.id AS Id, g.name AS Name, g.owner_id AS OwnerId, g.invite_code AS InviteCode, g.created_at AS CreatedAt";

    public async Task AddAsync(StudyGroup group, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO study_groups (id, name, owner_id, invite_code, created_at) VALUES (@Id, @Name, @OwnerId, @InviteCode, @CreatedAt);
            INSERT INTO group_members (group_id, user_id, role, shares_progress, joined_at) VALUES (@Id, @OwnerId, @Role, 0, @CreatedAt);
            """, new
        {
            Id = group.Id.ToString(), group.Name, OwnerId = group.OwnerId.ToString(), group.InviteCode, CreatedAt = group.CreatedAt.UtcDateTime,
            Role = WireNames.Of(GroupRole.Owner),
        }, cancellationToken: ct));
    }

    public async Task<StudyGroup?> GetAsync(Guid groupId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<GroupRow>(new CommandDefinition(
            $"SELECT {GroupColumns} FROM study_groups g WHERE g.id = @Id", new { Id = groupId.ToString() }, cancellationToken: ct));
        return row?.ToGroup();
    }

    public async Task<IReadOnlyList<GroupMember>> MembersAsync(Guid groupId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<MemberRow>(new CommandDefinition($"""
            SELECT m.user_id AS {nameof(MemberRow.UserId)}, COALESCE(NULLIF(u.display_name, ''), u.username) AS {nameof(MemberRow.DisplayName)},
                   m.role AS {nameof(MemberRow.Role)}, m.shares_progress AS {nameof(MemberRow.SharesProgress)},
                   {LeaderboardSql.Visible} AS {nameof(MemberRow.LeaderboardVisible)}, m.joined_at AS {nameof(MemberRow.JoinedAt)}
            FROM group_members m JOIN users u ON u.id = m.user_id
            WHERE m.group_id = @GroupId
            ORDER BY m.role = @Owner DESC, m.joined_at, 2, m.user_id
            """, new { GroupId = groupId.ToString(), Owner = WireNames.Of(GroupRole.Owner) }, cancellationToken: ct));
        return rows.Select(r => new GroupMember(r.UserId, r.DisplayName, WireNames.Parse<GroupRole>(r.Role), r.SharesProgress,
            r.LeaderboardVisible != 0, r.JoinedAt)).ToList();
    }

    public async Task<IReadOnlyList<GroupSummary>> ListForAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition($"""
            SELECT {GroupColumns}, m.role AS {nameof(SummaryRow.Role)}, m.shares_progress AS {nameof(SummaryRow.SharesProgress)},
                   (SELECT COUNT(*) FROM group_members c WHERE c.group_id = g.id) AS {nameof(SummaryRow.MemberCount)}
            FROM group_members m JOIN study_groups g ON g.id = m.group_id
            WHERE m.user_id = @UserId
            ORDER BY g.created_at DESC, g.id
            """, new { UserId = userId.ToString() }, cancellationToken: ct));
        return rows.Select(r => new GroupSummary(r.ToGroup(), WireNames.Parse<GroupRole>(r.Role), r.SharesProgress, (int)r.MemberCount)).ToList();
    }

    public async Task<(JoinOutcome Outcome, Guid? GroupId)> JoinAsync(string inviteCode, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // The group's row lock serialises joins, so the member cap holds on every node.
        var groupId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "SELECT id FROM study_groups WHERE invite_code = @Code FOR UPDATE", new { Code = inviteCode }, transaction, cancellationToken: ct));
        if (groupId is null)
            return (JoinOutcome.UnknownCode, null);
        var (count, already) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition("""
            SELECT COUNT(*), CAST(COALESCE(SUM(user_id = @UserId), 0) AS SIGNED) FROM group_members WHERE group_id = @GroupId
            """, new { GroupId = groupId.ToString(), UserId = userId.ToString() }, transaction, cancellationToken: ct));
        if (already > 0)
            return (JoinOutcome.AlreadyMember, groupId);
        if (count >= StudyGroup.MaxMembers)
            return (JoinOutcome.Full, groupId);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO group_members (group_id, user_id, role, shares_progress, joined_at) VALUES (@GroupId, @UserId, @Role, 0, @Now)
            """, new { GroupId = groupId.ToString(), UserId = userId.ToString(), Role = WireNames.Of(GroupRole.Member), Now = now.UtcDateTime },
            transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return (JoinOutcome.Joined, groupId);
    }

    public async Task<bool> RemoveMemberAsync(Guid groupId, Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM group_members WHERE group_id = @GroupId AND user_id = @UserId AND role <> @Owner",
            new { GroupId = groupId.ToString(), UserId = userId.ToString(), Owner = WireNames.Of(GroupRole.Owner) }, cancellationToken: ct)) == 1;
    }

    public async Task ReplaceInviteCodeAsync(Guid groupId, string inviteCode, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE study_groups SET invite_code = @Code WHERE id = @Id",
            new { Id = groupId.ToString(), Code = inviteCode }, cancellationToken: ct));
    }

    public async Task SetSharingAsync(Guid groupId, Guid userId, bool sharesProgress, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE group_members SET shares_progress = @Shares WHERE group_id = @GroupId AND user_id = @UserId",
            new { GroupId = groupId.ToString(), UserId = userId.ToString(), Shares = sharesProgress }, cancellationToken: ct));
    }

    public async Task DeleteAsync(Guid groupId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM study_groups WHERE id = @Id", new { Id = groupId.ToString() },
            cancellationToken: ct));
    }

    private class GroupRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public Guid OwnerId { get; init; }
        public string InviteCode { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }

        public StudyGroup ToGroup() => new(Id, Name, OwnerId, InviteCode, CreatedAt);
    }

    private sealed class SummaryRow : GroupRow
    {
        public string Role { get; init; } = "";
        public bool SharesProgress { get; init; }
        public long MemberCount { get; init; }
    }

    private sealed class MemberRow
    {
        public Guid UserId { get; init; }
        public string DisplayName { get; init; } = "";
        public string Role { get; init; } = "";
        public bool SharesProgress { get; init; }
        public long LeaderboardVisible { get; init; }
        public DateTimeOffset JoinedAt { get; init; }
    }
}
