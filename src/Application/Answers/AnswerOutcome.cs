using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Answers;

/// <summary>One answer's fate: a result, or the problem that kept it from being recorded.</summary>
public sealed record AnswerOutcome(string ClientAttemptId, AnswerResult? Result, AnswerError? Error)
{
    public static AnswerOutcome Failed(string clientAttemptId, Problem problem, string detail) =>
        new(clientAttemptId, null, new AnswerError(problem, detail));
}
