using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.DisableTotp;

/// <summary>
/// Turning the second factor off weakens the account, so it also ends every other session (new security stamp, every
/// refresh token revoked): whoever might hold one must now pass the password alone again. The caller gets fresh tokens.
/// </summary>
internal sealed class DisableTotpHandler(
    IUserRepository users, ITotpStore store, SecondFactor secondFactor, CredentialCheck check, RefreshTokenFactory tokens, IClock clock)
    : IHandler<DisableTotpCommand, AuthTokens>
{
    public async Task<AuthTokens> HandleAsync(DisableTotpCommand request, CancellationToken ct)
    {
        var user = await users.GetAsync(request.UserId, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        await check.PasswordAsync(user, request.Password, request.Client, ct);
        if (!user.MfaEnabled)
            throw new ProblemException(Problems.Conflict, "Two-step sign-in is not on.");
        var used = await secondFactor.TryAnyAsync(user.Id, request.Code, ct);
        if (used == UsedFactor.None)
            throw await check.RefusedAsync(user, request.Client, AuditKind.MfaFailed, request.Code.RecoveryCode is { Length: > 0 } ? "recoveryCode" : "code",
                "The code is wrong or was already used.", ct);

        await store.DisableAsync(user.Id, clock.UtcNow, ct);
        if (used == UsedFactor.RecoveryCode)
            await check.RecordAsync(AuditKind.RecoveryCodeUsed, user, request.Client, "turning two-step sign-in off", ct);
        await check.RecordAsync(AuditKind.MfaDisabled, user, request.Client, "other sessions signed out", ct);
        // Read again: the token must carry the new security stamp and no second-factor claim.
        var current = await users.GetAsync(user.Id, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        return await tokens.IssueAsync(current, familyId: Guid.NewGuid(), ct);
    }
}
