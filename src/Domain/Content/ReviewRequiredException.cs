namespace AdaptiveLearning.Domain.Content;

public sealed class ReviewRequiredException(QuestionStatus from)
    : InvalidOperationException($"A {from} question must be submitted and approved by a reviewer before it is published.")
{
    public QuestionStatus From { get; } = from;
}
