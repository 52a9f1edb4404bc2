using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups;

/// <param name="LeaderboardVisible">The member's own profile setting: false keeps them off every board.</param>
public sealed record GroupMember(Guid UserId, string DisplayName, GroupRole Role, bool SharesProgress, bool LeaderboardVisible, DateTimeOffset JoinedAt);
