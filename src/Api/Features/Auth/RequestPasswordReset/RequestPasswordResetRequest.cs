namespace AdaptiveLearning.Api.Features.Auth.RequestPasswordReset;

public sealed class RequestPasswordResetRequest
{
    public const string Route = "/auth/password-reset";

    /// <example>ada@example.com</example>
    public string Email { get; init; } = "";
}
