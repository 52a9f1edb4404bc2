using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.ConfirmTotp;

internal sealed class ConfirmTotpHandler(IUserRepository users, ITotpStore store, SecondFactor secondFactor, CredentialCheck check, IClock clock)
    : IHandler<ConfirmTotpCommand, TotpRecoveryCodes>
{
    public async Task<TotpRecoveryCodes> HandleAsync(ConfirmTotpCommand request, CancellationToken ct)
    {
        var user = await users.GetAsync(request.UserId, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        await check.ThrowIfThrottledAsync(user, request.Client, ct);
        var enrolment = await store.GetAsync(user.Id, ct);
        if (enrolment is null || enrolment.IsActive)
            throw new ProblemException(Problems.Conflict,
                enrolment is null ? "There is no enrolment to confirm; start one first." : "Two-step sign-in is already on.");
        if (!await secondFactor.TryTotpAsync(enrolment, request.Code.Trim(), ct))
            throw await check.RefusedAsync(user, request.Client, AuditKind.MfaFailed, "code",
                "The code is wrong or expired; enter the one your authenticator shows now.", ct);

        var codes = RecoveryCodes.Generate();
        await store.ConfirmAsync(user.Id, codes.Select(RecoveryCodes.HashOf).ToList(), clock.UtcNow, ct);
        await check.RecordAsync(AuditKind.MfaEnabled, user, request.Client, null, ct);
        return new TotpRecoveryCodes(codes);
    }
}
