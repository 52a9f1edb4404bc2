using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Answers;

/// <summary>One answer's fate: a result, or the problem that kept it from being recorded.</summary>
public sealed record AnswerOutcome(string ClientAttemptId, AnswerResult? Result, AnswerError? Error)
{
    public static AnswerOutcome Failed(string clientAttemptId, Problem problem, string detail) =>
        new(clientAttemptId, null, new AnswerError(problem, detail));

    /// <summary>A validation failure naming the field, so clients find it in <c>errors</c> like any other.</summary>
    public static AnswerOutcome Invalid(string clientAttemptId, string field, string reason) =>
        new(clientAttemptId, null, new AnswerError(Problems.ValidationFailed, $"{field}: {reason}",
            new Dictionary<string, string[]> { [field] = [reason] }));
}
