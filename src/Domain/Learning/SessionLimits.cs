namespace AdaptiveLearning.Domain.Learning;

/// <param name="QuestionCount">Answers after which the session offers nothing more (a mock test's length).</param>
/// <param name="NewCards">New cards this session may introduce, within the learner's daily limit.</param>
public sealed record SessionLimits(int? QuestionCount = null, int? NewCards = null)
{
    public const int DefaultMockTestLength = 20;
    public const int MaxQuestionCount = 500;
}
