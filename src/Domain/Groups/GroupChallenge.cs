namespace AdaptiveLearning.Domain.Groups;

/// <summary>A contest between a group's members over a period; its result is frozen once, after <see cref="EndsAt"/>.</summary>
public sealed record GroupChallenge(
    Guid Id, Guid GroupId, string Name, ChallengeMetric Metric, IReadOnlyList<string> Scope, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    Guid? CreatedBy, DateTimeOffset CreatedAt, IReadOnlyList<Standing>? Result, DateTimeOffset? EndedAt)
{
    public const int MaxDays = 366;

    public bool HasEnded(DateTimeOffset now) => now >= EndsAt;
}
