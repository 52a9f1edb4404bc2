namespace AdaptiveLearning.Application.Auth;

/// <summary>A user's stored authenticator: pending until <see cref="ConfirmedAt"/> is set.</summary>
/// <param name="LastUsedStep">The newest time step a code was accepted for; older and equal steps are replays.</param>
public sealed record TotpEnrolment(Guid UserId, string ProtectedSecret, DateTimeOffset? ConfirmedAt, long? LastUsedStep)
{
    public bool IsActive => ConfirmedAt is not null;
}
