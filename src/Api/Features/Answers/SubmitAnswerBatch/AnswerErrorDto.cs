using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Application.Answers;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;

// Errors: for validation_failed, the field at fault and why, as in a validation problem.
public sealed record AnswerErrorDto(int Status, string Code, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static AnswerErrorDto From(AnswerError error) =>
        new(ProblemStatuses.Of(error.Problem), error.Problem.Code, error.Problem.Title, error.Detail, error.Errors);
}
