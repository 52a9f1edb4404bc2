using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Learning.Sessions.NextQuestions;

public sealed record NextQuestionsQuery(Guid UserId, Guid SessionId, int Count)
{
    public const int MaxCount = 50;
}

public sealed record NextQuestion(StudyReason Reason, LearnerQuestion Question);

public sealed record NextQuestions(IReadOnlyList<NextQuestion> Items);
