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
    ServiceAccountCreated,
    ServiceAccountChanged,
    ApiKeyCreated,
    ApiKeyRotated,
    ApiKeyRevoked,
    /// <summary>A call presented an API key that was refused (unknown, wrong secret, revoked, expired, account deactivated).</summary>
    ApiKeyRejected,
    MfaEnabled,
    MfaDisabled,
    /// <summary>A wrong authenticator or recovery code, at sign-in or when turning the second factor on or off.</summary>
    MfaFailed,
    RecoveryCodeUsed,
    ExternalLoginSucceeded,
    ExternalLoginFailed,
    ExternalLoginLinked,
    ExternalLoginRemoved,
    PasswordChanged,
    PasswordResetRequested,
    PasswordReset,
    EmailVerificationSent,
    EmailVerified,
    EmailChangeRequested,
    EmailChanged,
    SessionRevoked,
    WebhookCreated,
    WebhookChanged,
    WebhookDeleted,
    /// <summary>A webhook was switched off after too many failed deliveries in a row.</summary>
    WebhookDisabled,
}
