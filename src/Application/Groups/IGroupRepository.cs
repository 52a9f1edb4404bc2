using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups;

public interface IGroupRepository
{
    /// <summary>Stores the group with its owner as its first member.</summary>
    Task AddAsync(StudyGroup group, CancellationToken ct);

    Task<StudyGroup?> GetAsync(Guid groupId, CancellationToken ct);

    /// <summary>Members with their display names, owner first, then by joining time (and name, for joins at the same instant).</summary>
    Task<IReadOnlyList<GroupMember>> MembersAsync(Guid groupId, CancellationToken ct);

    /// <summary>The groups the learner belongs to, newest first.</summary>
    Task<IReadOnlyList<GroupSummary>> ListForAsync(Guid userId, CancellationToken ct);

    /// <summary>Adds the learner to the group holding <paramref name="inviteCode"/> (under the group's row lock, so the cap holds).</summary>
    Task<(JoinOutcome Outcome, Guid? GroupId)> JoinAsync(string inviteCode, Guid userId, DateTimeOffset now, CancellationToken ct);

    Task<bool> RemoveMemberAsync(Guid groupId, Guid userId, CancellationToken ct);

    Task ReplaceInviteCodeAsync(Guid groupId, string inviteCode, CancellationToken ct);

    Task SetSharingAsync(Guid groupId, Guid userId, bool sharesProgress, CancellationToken ct);

    Task DeleteAsync(Guid groupId, CancellationToken ct);
}
