using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Api.Features.Sessions.StartSession;

public sealed class StartSessionRequest
{
    public const string Route = "/sessions";

    /// <example>practice</example>
    public SessionMode Mode { get; init; } = SessionMode.Practice;
    /// <summary>Hierarchy paths to study; empty for the whole bank.</summary>
    /// <example>["driving__signs"]</example>
    public IReadOnlyList<string> Scope { get; init; } = [];
    public SessionLimits? Limits { get; init; }
    /// <summary>
    /// A goal of yours to study for (learn or practice only; leave scope out): the session takes the goal's scope,
    /// today's new cards from its plan instead of your daily limit, and reviews due in the scope first.
    /// </summary>
    public Guid? GoalId { get; init; }
}
