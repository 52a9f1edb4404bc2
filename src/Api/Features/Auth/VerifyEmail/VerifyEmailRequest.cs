namespace AdaptiveLearning.Api.Features.Auth.VerifyEmail;

public sealed class VerifyEmailRequest
{
    public const string Route = "/auth/email/verify";

    /// <summary>The token from the mailed verification or email-change link.</summary>
    public string Token { get; init; } = "";
}
