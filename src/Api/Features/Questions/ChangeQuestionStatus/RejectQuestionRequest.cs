namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

public sealed class RejectQuestionRequest
{
    public long Id { get; init; }
    /// <summary>What the author should change; kept in the question's history.</summary>
    public string Reason { get; init; } = "";
}
