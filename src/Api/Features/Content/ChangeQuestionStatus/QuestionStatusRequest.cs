namespace AdaptiveLearning.Api.Features.Content.ChangeQuestionStatus;

public sealed class QuestionStatusRequest
{
    public long Id { get; init; }
}
