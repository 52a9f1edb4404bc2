using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups;

/// <summary>A group seen by one of its members.</summary>
public sealed record MemberContext(StudyGroup Group, IReadOnlyList<GroupMember> Members, GroupMember Me);
