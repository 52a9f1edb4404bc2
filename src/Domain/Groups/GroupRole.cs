namespace AdaptiveLearning.Domain.Groups;

public enum GroupRole
{
    Member,
    Owner,
}
