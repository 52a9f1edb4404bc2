namespace AdaptiveLearning.Api.Features.Auth.LoginMfa;

public sealed class LoginMfaRequest : ISecondFactorInput
{
    public const string Route = "/auth/login/mfa";

    /// <summary>The <c>mfaChallenge</c> of the login's <c>401 mfa_required</c> answer.</summary>
    public string Challenge { get; init; } = "";

    /// <summary>The 6-digit code the authenticator app shows; leave out when giving <see cref="RecoveryCode"/>.</summary>
    /// <example>"123456"</example>
    public string? Code { get; init; }

    /// <summary>One of the recovery codes shown when two-step sign-in was turned on; each works once.</summary>
    /// <example>abcd-efgh-ijkl-mnop</example>
    public string? RecoveryCode { get; init; }
}
