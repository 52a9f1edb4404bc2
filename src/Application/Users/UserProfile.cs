using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Users;

public sealed record UserProfile(
    Guid Id,
    string Email,
    string Username,
    string? DisplayName,
    Role Role,
    string TimeZone,
    string Language,
    LearningSettings Settings,
    DateTimeOffset CreatedAt,
    bool MfaEnabled,
    bool EmailVerified = false)
{
    public static UserProfile From(User user) => new(
        user.Id, user.Email, user.Username, user.DisplayName, user.Role,
        user.TimeZone, user.Language, user.Settings, user.CreatedAt, user.MfaEnabled, user.EmailVerifiedAt is not null);
}
