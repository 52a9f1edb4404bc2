namespace AdaptiveLearning.Api.Features.Auth.ConfirmPasswordReset;

public sealed class ConfirmPasswordResetRequest
{
    public const string Route = "/auth/password-reset/confirm";

    /// <summary>The token from the mailed link.</summary>
    public string Token { get; init; } = "";
    /// <example>correct-horse-battery-staple</example>
    public string NewPassword { get; init; } = "";
}
