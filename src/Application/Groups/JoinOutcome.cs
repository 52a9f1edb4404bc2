namespace AdaptiveLearning.Application.Groups;

public enum JoinOutcome
{
    Joined,
    AlreadyMember,
    UnknownCode,
    Full,
}
