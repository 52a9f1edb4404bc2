namespace AdaptiveLearning.Api.Features.Auth.LoginMfa;

public sealed class LoginMfaRequest
{
    public const string Route = "/auth/login/mfa";

    /// <summary>The <c>mfaChallenge</c> of the login's <c>401 mfa_required</c> answer.</summary>
    public string Challenge { get; init; } = "";

    /// <summary>The 6-digit code the authenticator app shows, or one of the recovery codes.</summary>
    /// <example>123456</example>
    public string Code { get; init; } = "";
}
