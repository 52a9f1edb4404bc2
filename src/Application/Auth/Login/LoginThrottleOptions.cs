namespace AdaptiveLearning.Application.Auth.Login;

/// <summary>Limits on failed logins (configuration section <c>Auth:LoginThrottle</c>); see ADR 0003.</summary>
public sealed record LoginThrottleOptions
{
    public const string Section = "Auth:LoginThrottle";

    /// <summary>Failures one client may make against one account per window before that client is refused for it.</summary>
    public int FailuresPerAccountAndClient { get; init; } = 5;
    /// <summary>Failures one client may make across all accounts per window (password spraying).</summary>
    public int FailuresPerClient { get; init; } = 30;
    /// <summary>Account-wide failures after which clients that have failed on the account wait progressively longer.</summary>
    public int AccountFailuresBeforeDelay { get; init; } = 5;
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(15);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(15);
}
