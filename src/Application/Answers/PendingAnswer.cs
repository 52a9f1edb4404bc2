using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Answers;

/// <summary>An answer that passed every check and waits to be applied to its card.</summary>
internal sealed record PendingAnswer(
    int Index,
    AnswerInput Input,
    LearningSession? Session,
    AnswerableQuestion Question,
    GradedAnswer Graded,
    Rating Rating,
    bool RatingDerived,
    DateTimeOffset AnsweredAt)
{
    public SessionMode Mode => Session?.Mode ?? SessionMode.Practice;
    public bool ChangesCard => Session?.ChangesCards ?? true;
}
