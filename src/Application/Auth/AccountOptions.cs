namespace AdaptiveLearning.Application.Auth;

/// <summary>The account lifecycle (configuration section <c>Accounts</c>); see ADR 0013.</summary>
public sealed record AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>The frontend the mailed links open, e.g. <c>https://app.example.com</c>; links carry the token in the query.</summary>
    public string LinkBaseUrl { get; init; } = "http://localhost:3000";
    /// <summary>When true, a learner whose email is unverified may only use their own account routes (ADR 0013).</summary>
    public bool RequireVerifiedEmail { get; init; }
    public double PasswordResetMinutes { get; init; } = 30;
    public double EmailVerificationHours { get; init; } = 48;
    /// <summary>Reset or verification mails one account may be sent per hour; more are dropped (reset) or refused (resend).</summary>
    public int MailsPerAccountPerHour { get; init; } = 3;

    public TimeSpan PasswordResetLifetime => TimeSpan.FromMinutes(PasswordResetMinutes);
    public TimeSpan EmailVerificationLifetime => TimeSpan.FromHours(EmailVerificationHours);
}
