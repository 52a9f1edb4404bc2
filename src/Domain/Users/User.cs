namespace AdaptiveLearning.Domain.Users;

public sealed class User
{
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public required Guid Id { get; init; }
    public required string Email { get; set; }
    /// <summary>When the owner proved <see cref="Email"/>; null while unverified. Staff roles need it (ADR 0013).</summary>
    public DateTimeOffset? EmailVerifiedAt { get; set; }
    public required string Username { get; set; }
    public required string PasswordHash { get; set; }
    public Role Role { get; set; } = Role.Learner;
    public string? DisplayName { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public string Language { get; set; } = "en";
    public LearningSettings Settings { get; set; } = LearningSettings.Default;
    /// <summary>FSRS-6 weights fitted on this learner's own reviews; null until optimised (the defaults apply).</summary>
    public Scheduling.FsrsParameters? FsrsParameters { get; set; }
    /// <summary>A deactivated account cannot sign in, and tokens issued to it stop working.</summary>
    public bool IsActive { get; set; } = true;
    /// <summary>Carried by access tokens; any change to it retires every token issued before (ADR 0011).</summary>
    public int SecurityStamp { get; set; }
    /// <summary>Whether login asks for an authenticator code after the password (a confirmed TOTP enrolment).</summary>
    public bool MfaEnabled { get; set; }
    public int FailedLoginCount { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public required DateTimeOffset CreatedAt { get; init; }

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public void RecordFailedLogin(DateTimeOffset now)
    {
        FailedLoginCount++;
        if (FailedLoginCount >= MaxFailedLogins)
        {
            LockedUntil = now + LockoutDuration;
            FailedLoginCount = 0;
        }
    }

    public void RecordSuccessfulLogin()
    {
        FailedLoginCount = 0;
        LockedUntil = null;
    }

    /// <summary>Rehydrates the lockout counters from storage.</summary>
    public void RestoreLoginState(int failedLoginCount, DateTimeOffset? lockedUntil)
    {
        FailedLoginCount = failedLoginCount;
        LockedUntil = lockedUntil;
    }
}
