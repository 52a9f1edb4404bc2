using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Answers;

/// <summary>Checks one answer against its session and question and grades it.</summary>
internal static class AnswerChecker
{
    /// <summary>Client clocks drift; an answer from further in the future than this is refused.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public static (PendingAnswer? Answer, AnswerOutcome? Failure) Check(int index, AnswerInput input, LearningSession? session,
        AnswerableQuestion? question, DateTimeOffset now)
    {
        AnswerOutcome Fail(Problem problem, string detail) => AnswerOutcome.Failed(input.ClientAttemptId, problem, detail);

        if (input.SessionId is not null && session is null)
            return (null, Fail(Problems.NotFound, "No such session."));
        if (session is { IsEnded: true })
            return (null, Fail(Problems.SessionEnded, "The session has ended."));
        if (question is not { Available: true })
            return (null, Fail(Problems.QuestionUnavailable, $"Question {input.QuestionId} is not available."));
        if (session is { Mode: SessionMode.MockTest } && !session.QuestionIds.Contains(question.Id))
            return (null, Fail(Problems.QuestionUnavailable, $"Question {question.Id} is not part of this mock test."));
        // The database keeps microseconds; trimming here makes a repeat's result identical to the first.
        var answeredAt = TrimToMicroseconds(input.AnsweredAt ?? now);
        if (answeredAt > now + FutureTolerance)
            return (null, AnswerOutcome.Invalid(input.ClientAttemptId, "answeredAt", "It is in the future."));

        GradedAnswer graded;
        try
        {
            graded = AnswerGrader.Grade(question.Content, input.Selected, input.Text, input.Rating);
        }
        catch (InvalidAnswerException e)
        {
            return (null, AnswerOutcome.Invalid(input.ClientAttemptId, e.Field, e.Message));
        }

        var rating = input.Rating ?? RatingPolicy.Derive(graded.Correct ?? false, input.TimeSpentMs, question.Content.EstimatedTimeSeconds);
        return (new PendingAnswer(index, input, session, question, graded, rating, input.Rating is null, answeredAt), null);
    }

    private static DateTimeOffset TrimToMicroseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % 10));
}
