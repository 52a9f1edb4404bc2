using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Application.Answers;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;

public sealed record AnswerErrorDto(int Status, string Code, string Title, string Detail)
{
    public static AnswerErrorDto From(AnswerError error) =>
        new(ProblemStatuses.Of(error.Problem), error.Problem.Code, error.Problem.Title, error.Detail);
}
