namespace AdaptiveLearning.Domain.Goals;

/// <summary>
/// What a learner is working towards: a scope of the bank known by a date (an exam), at a retention, with the days and
/// minutes they can give it. The plan is derived from it on demand, never stored: it changes with every answer.
/// </summary>
public sealed record StudyGoal
{
    public const int MaxPerLearner = 20;
    public const int MaxHorizonDays = 730;

    public required Guid Id { get; init; }
    public required Guid UserId { get; init; }
    public required string Name { get; init; }
    /// <summary>Hierarchy paths; empty for the whole bank.</summary>
    public required IReadOnlyList<string> Scope { get; init; }
    public required DateOnly TargetDate { get; init; }
    public required double DesiredRetention { get; init; }
    public required IReadOnlySet<DayOfWeek> StudyDays { get; init; }
    public required int MinutesPerDay { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
