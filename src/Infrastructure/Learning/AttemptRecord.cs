using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>A row of <c>attempts</c>.</summary>
internal sealed class AttemptRecord
{
    public const string Columns = """
        a.id, a.user_id, a.client_attempt_id, a.session_id, a.card_id, a.question_id, a.question_version, a.mode,
        a.selected, a.answer_text, a.correct, a.grading, a.rating, a.rating_derived, a.time_spent_ms, a.answered_at,
        a.recorded_at, a.affects_schedule, a.card_before, a.card_after
        """;

    public const string InsertColumns = """
        user_id, client_attempt_id, session_id, card_id, question_id, question_version, mode, selected, answer_text,
        correct, grading, rating, rating_derived, time_spent_ms, answered_at, recorded_at, affects_schedule,
        state_before, card_before, card_after
        """;

    public static readonly IReadOnlyList<Func<Attempt, object?>> InsertValues =
    [
        a => a.UserId.ToString(), a => a.ClientAttemptId, a => a.SessionId?.ToString(), a => a.CardId, a => a.QuestionId,
        a => a.QuestionVersion, a => WireNames.Of(a.Mode),
        a => a.Selected is null ? null : JsonSerializer.Serialize(a.Selected), a => a.Text, a => a.Correct,
        a => WireNames.Of(a.Grading), a => (int)a.Rating, a => a.RatingDerived, a => a.TimeSpentMs,
        a => a.AnsweredAt.UtcDateTime, a => a.RecordedAt.UtcDateTime, a => a.AffectsSchedule, a => (int)a.Before.Memory.State,
        a => LearningJson.Serialize(a.Before), a => LearningJson.Serialize(a.After),
    ];

    public long Id { get; init; }
    public Guid UserId { get; init; }
    public string ClientAttemptId { get; init; } = "";
    public Guid? SessionId { get; init; }
    public long CardId { get; init; }
    public long QuestionId { get; init; }
    public int QuestionVersion { get; init; }
    public string Mode { get; init; } = "";
    public string? Selected { get; init; }
    public string? AnswerText { get; init; }
    public bool? Correct { get; init; }
    public string Grading { get; init; } = "";
    public int Rating { get; init; }
    public bool RatingDerived { get; init; }
    public int TimeSpentMs { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public bool AffectsSchedule { get; init; }
    public string CardBefore { get; init; } = "";
    public string CardAfter { get; init; } = "";

    public Attempt ToAttempt() => new()
    {
        Id = Id, UserId = UserId, ClientAttemptId = ClientAttemptId, SessionId = SessionId, CardId = CardId,
        QuestionId = QuestionId, QuestionVersion = QuestionVersion, Mode = WireNames.Parse<SessionMode>(Mode),
        Selected = Selected is null ? null : JsonSerializer.Deserialize<List<string>>(Selected),
        Text = AnswerText, Correct = Correct, Grading = WireNames.Parse<GradingMethod>(Grading), Rating = (Rating)Rating,
        RatingDerived = RatingDerived, TimeSpentMs = TimeSpentMs, AnsweredAt = AnsweredAt, RecordedAt = RecordedAt,
        AffectsSchedule = AffectsSchedule, Before = LearningJson.Snapshot(CardBefore), After = LearningJson.Snapshot(CardAfter),
    };
}
