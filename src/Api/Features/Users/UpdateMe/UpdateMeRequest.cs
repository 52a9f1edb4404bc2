using AdaptiveLearning.Application.Users.UpdateMe;

namespace AdaptiveLearning.Api.Features.Users.UpdateMe;

/// <summary>Only the fields present are changed.</summary>
public sealed class UpdateMeRequest
{
    public const string Route = "/users/me";

    public string? DisplayName { get; init; }
    /// <summary>IANA time zone; the learner's day (limits, streaks, due today) follows it.</summary>
    /// <example>Europe/Berlin</example>
    public string? TimeZone { get; init; }
    /// <example>en</example>
    public string? Language { get; init; }
    public LearningSettingsPatch? Settings { get; init; }
}
