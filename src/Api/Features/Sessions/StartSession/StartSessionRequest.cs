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
}
