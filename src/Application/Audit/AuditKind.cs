namespace AdaptiveLearning.Application.Audit;

/// <summary>What a security audit entry records; stored and sent by its wire name (<c>login_failed</c>).</summary>
public enum AuditKind
{
    LoginSucceeded,
    LoginFailed,
    LoginThrottled,
    RoleChanged,
    ActivationChanged,
    AccountExported,
    PasswordChanged,
    PasswordResetRequested,
    PasswordReset,
    EmailVerificationSent,
    EmailVerified,
    EmailChangeRequested,
    EmailChanged,
    SessionRevoked,
}
