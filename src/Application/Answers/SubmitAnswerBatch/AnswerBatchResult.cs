namespace AdaptiveLearning.Application.Answers.SubmitAnswerBatch;

/// <summary>One outcome per submitted answer, in the order submitted.</summary>
public sealed record AnswerBatchResult(int Recorded, int Duplicates, int Failed, IReadOnlyList<AnswerOutcome> Items);
