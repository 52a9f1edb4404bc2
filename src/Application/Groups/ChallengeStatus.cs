namespace AdaptiveLearning.Application.Groups;

public enum ChallengeStatus
{
    Upcoming,
    Running,
    Ended,
}
