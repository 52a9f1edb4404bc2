namespace AdaptiveLearning.Application.Answers.SubmitAnswerBatch;

public sealed record SubmitAnswerBatchCommand(Guid UserId, IReadOnlyList<AnswerInput> Answers)
{
    public const int MaxAnswers = 1000;
}
