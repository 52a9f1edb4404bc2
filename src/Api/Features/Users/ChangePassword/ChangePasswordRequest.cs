namespace AdaptiveLearning.Api.Features.Users.ChangePassword;

public sealed class ChangePasswordRequest
{
    public const string Route = "/users/me/password";

    public string CurrentPassword { get; init; } = "";
    /// <example>correct-horse-battery-staple</example>
    public string NewPassword { get; init; } = "";
}
