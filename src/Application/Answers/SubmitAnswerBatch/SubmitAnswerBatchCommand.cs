using AdaptiveLearning.Application.Answers;

namespace AdaptiveLearning.Application.Answers.SubmitAnswerBatch;

public sealed record SubmitAnswerBatchCommand(Guid UserId, IReadOnlyList<AnswerInput> Answers)
{
    public const int MaxAnswers = 1000;
}

/// <summary>One outcome per submitted answer, in the order submitted.</summary>
public sealed record AnswerBatchResult(int Recorded, int Duplicates, int Failed, IReadOnlyList<AnswerOutcome> Items);
