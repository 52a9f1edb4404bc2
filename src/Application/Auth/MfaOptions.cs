namespace AdaptiveLearning.Application.Auth;

/// <summary>Second-factor settings (configuration section <c>Auth:Mfa</c>); see ADR 0012.</summary>
public sealed record MfaOptions
{
    public const string Section = "Auth:Mfa";

    /// <summary>How long a correct password's challenge may be completed with a code.</summary>
    public TimeSpan ChallengeLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The name authenticator apps show next to the account.</summary>
    public string Issuer { get; init; } = "AdaptiveLearning";

    /// <summary>When true, admin routes answer 403 <c>mfa_enrolment_required</c> to an admin whose token was issued without a second factor.</summary>
    public bool RequiredForAdmins { get; init; }

    /// <summary>Wrong codes a challenge survives; the next wrong one spends it, so the password must be given again.</summary>
    public int CodeAttemptsPerChallenge { get; init; } = 5;
}
