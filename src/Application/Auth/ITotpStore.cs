namespace AdaptiveLearning.Application.Auth;

public interface ITotpStore
{
    Task<TotpEnrolment?> GetAsync(Guid userId, CancellationToken ct);

    /// <summary>Starts (or restarts) an enrolment; does nothing when the user's authenticator is already confirmed.</summary>
    Task SavePendingAsync(Guid userId, string protectedSecret, DateTimeOffset at, CancellationToken ct);

    /// <returns>False when <paramref name="step"/> is not newer than the last accepted one (a replay, or a race lost to another request).</returns>
    Task<bool> TryUseStepAsync(Guid userId, long step, CancellationToken ct);

    /// <summary>Turns the pending enrolment on and replaces the recovery codes, in one transaction.</summary>
    Task ConfirmAsync(Guid userId, IReadOnlyCollection<string> recoveryCodeHashes, DateTimeOffset at, CancellationToken ct);

    /// <returns>False when the user has no such unused code.</returns>
    Task<bool> TryUseRecoveryCodeAsync(Guid userId, string codeHash, DateTimeOffset at, CancellationToken ct);

    /// <summary>
    /// Removes the authenticator and the recovery codes and signs the account out everywhere (a new security stamp,
    /// every refresh token revoked), in one transaction.
    /// </summary>
    Task DisableAsync(Guid userId, DateTimeOffset at, CancellationToken ct);
}
