namespace AdaptiveLearning.Domain.Learning;

/// <summary>A sitting of study over part of the hierarchy.</summary>
public sealed record LearningSession
{
    public required Guid Id { get; init; }
    public required Guid UserId { get; init; }
    public required SessionMode Mode { get; init; }
    /// <summary>Hierarchy paths; empty means the whole bank.</summary>
    public required IReadOnlyList<string> Scope { get; init; }
    public required SessionLimits Limits { get; init; }
    /// <summary>The fixed questions of a mock test, in the order they are asked; empty otherwise.</summary>
    public IReadOnlyList<long> QuestionIds { get; init; } = [];
    /// <summary>The goal a learn or practice session studies for; null otherwise.</summary>
    public SessionGoal? Goal { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }

    public bool IsEnded => EndedAt is not null;

    /// <summary>A mock test gives no feedback until it ends.</summary>
    public bool HidesFeedback => Mode == SessionMode.MockTest && !IsEnded;

    /// <summary>Cram never reschedules; a placement test changes cards only once, when it completes.</summary>
    public bool ChangesCards => Mode is not (SessionMode.Cram or SessionMode.Placement);
}
