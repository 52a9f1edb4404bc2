namespace AdaptiveLearning.Application.Groups.GetMemberProgress;

/// <param name="CallerIsEducator">The caller holds the author or admin role.</param>
/// <param name="NodePath">Null for the whole bank.</param>
public sealed record GetMemberProgressQuery(Guid UserId, bool CallerIsEducator, Guid GroupId, Guid MemberId, string? NodePath);
