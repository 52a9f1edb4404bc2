using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Learning;

/// <summary>One recorded answer. Never changed after it is stored; undo is recorded beside it.</summary>
public sealed record Attempt
{
    public long Id { get; init; }
    public required Guid UserId { get; init; }
    public required string ClientAttemptId { get; init; }
    public Guid? SessionId { get; init; }
    public required long CardId { get; init; }
    public required long QuestionId { get; init; }
    public required int QuestionVersion { get; init; }
    public required SessionMode Mode { get; init; }
    public IReadOnlyList<string>? Selected { get; init; }
    public string? Text { get; init; }
    public bool? Correct { get; init; }
    public required GradingMethod Grading { get; init; }
    public required Rating Rating { get; init; }
    public required bool RatingDerived { get; init; }
    public required int TimeSpentMs { get; init; }
    public required DateTimeOffset AnsweredAt { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    /// <summary>False for cram answers, which leave the card as it was.</summary>
    public required bool AffectsSchedule { get; init; }
    public required CardSnapshot Before { get; init; }
    public required CardSnapshot After { get; init; }
}
