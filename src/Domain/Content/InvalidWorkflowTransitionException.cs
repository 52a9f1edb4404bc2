namespace AdaptiveLearning.Domain.Content;

public sealed class InvalidWorkflowTransitionException(QuestionStatus from, QuestionStatus to)
    : InvalidOperationException($"A {from} question cannot become {to}.")
{
    public QuestionStatus From { get; } = from;
    public QuestionStatus To { get; } = to;
}
