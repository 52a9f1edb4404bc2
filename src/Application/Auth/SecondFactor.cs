using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth;

/// <summary>Checks a code against a user's authenticator, spending it: a time step or recovery code is accepted once.</summary>
public sealed class SecondFactor(ITotpStore store, ITotp totp, ISecretProtector protector, IClock clock)
{
    /// <summary>An authenticator code for an active or pending enrolment; accepting it makes its step (and older ones) unusable.</summary>
    public async Task<bool> TryTotpAsync(TotpEnrolment enrolment, string code, CancellationToken ct)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
            return false;
        var step = totp.MatchingStep(protector.Unprotect(enrolment.UserId, enrolment.ProtectedSecret), code, clock.UtcNow);
        return step is { } matched && (enrolment.LastUsedStep is not { } last || matched > last)
                                   && await store.TryUseStepAsync(enrolment.UserId, matched, ct);
    }

    /// <summary>For a user whose second factor is on: the recovery code when one is given, else the authenticator code.</summary>
    public async Task<UsedFactor> TryAnyAsync(Guid userId, SecondFactorCode code, CancellationToken ct)
    {
        var enrolment = await store.GetAsync(userId, ct);
        if (enrolment is not { IsActive: true })
            return UsedFactor.None;
        if (code.RecoveryCode is { Length: > 0 } recovery)
            return await store.TryUseRecoveryCodeAsync(userId, RecoveryCodes.HashOf(recovery), clock.UtcNow, ct)
                ? UsedFactor.RecoveryCode
                : UsedFactor.None;
        return await TryTotpAsync(enrolment, (code.Code ?? "").Trim(), ct) ? UsedFactor.Authenticator : UsedFactor.None;
    }
}
