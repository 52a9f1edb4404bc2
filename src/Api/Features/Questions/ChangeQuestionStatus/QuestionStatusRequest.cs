namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

public sealed class QuestionStatusRequest
{
    public long Id { get; init; }
}
