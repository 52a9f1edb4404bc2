namespace AdaptiveLearning.Domain.Groups;

/// <summary>A study group: its owner invites learners with a code that can be replaced at any time.</summary>
public sealed record StudyGroup(Guid Id, string Name, Guid OwnerId, string InviteCode, DateTimeOffset CreatedAt)
{
    public const int MaxMembers = 50;
    public const int MaxNameLength = 100;
}
