using AdaptiveLearning.Application.Answers;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;

public sealed record AnswerOutcomeDto(string ClientAttemptId, AnswerResult? Result, AnswerErrorDto? Error)
{
    public static AnswerOutcomeDto From(AnswerOutcome outcome) =>
        new(outcome.ClientAttemptId, outcome.Result, outcome.Error is null ? null : AnswerErrorDto.From(outcome.Error));
}
