namespace AdaptiveLearning.Application.Sessions.NextQuestions;

public sealed record NextQuestionsQuery(Guid UserId, Guid SessionId, int Count)
{
    public const int MaxCount = 50;
}
