using AdaptiveLearning.Application.Adaptive.Placement;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions;

/// <param name="Id">The session.</param>
/// <param name="Mode">learn, review, practice, mock_test, cram or placement.</param>
/// <param name="Scope">The hierarchy paths studied; empty for the whole bank.</param>
/// <param name="Limits">The session's limits.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; null while running.</param>
/// <param name="Answered">Answers recorded so far.</param>
/// <param name="Correct">Of which correct.</param>
/// <param name="QuestionCount">A mock test's fixed number of questions.</param>
public sealed record SessionView(
    Guid Id,
    SessionMode Mode,
    IReadOnlyList<string> Scope,
    SessionLimits Limits,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    int Answered,
    int Correct,
    int? QuestionCount)
{
    /// <summary>A placement test's ability estimate and whether it is complete; absent for other modes.</summary>
    public PlacementView? Placement { get; init; }

    /// <summary>The goal a learn or practice session studies for, with the plan's new-card quota it took at the start; absent otherwise.</summary>
    public SessionGoal? Goal { get; init; }

    public static SessionView From(LearningSession session, SessionCounts counts) => new(
        session.Id, session.Mode, session.Scope, session.Limits, session.StartedAt, session.EndedAt,
        counts.Answered,
        // A mock test reveals its score only at the end.
        session.HidesFeedback ? 0 : counts.Correct,
        session.Mode == SessionMode.MockTest ? session.QuestionIds.Count : session.Limits.QuestionCount)
    {
        Goal = session.Goal,
    };
}
