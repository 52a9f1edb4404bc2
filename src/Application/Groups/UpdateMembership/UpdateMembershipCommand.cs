namespace AdaptiveLearning.Application.Groups.UpdateMembership;

public sealed record UpdateMembershipCommand(Guid UserId, Guid GroupId, bool SharesProgress);
