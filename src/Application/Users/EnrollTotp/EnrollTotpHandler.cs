using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.EnrollTotp;

internal sealed class EnrollTotpHandler(
    IUserRepository users, ITotpStore store, ITotp totp, ISecretProtector protector, CredentialCheck check, MfaOptions options, IClock clock)
    : IHandler<EnrollTotpCommand, TotpEnrollment>
{
    public async Task<TotpEnrollment> HandleAsync(EnrollTotpCommand request, CancellationToken ct)
    {
        var user = await users.GetAsync(request.UserId, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        await check.PasswordAsync(user, request.Password, request.Client, ct);
        if (user.MfaEnabled)
            throw new ProblemException(Problems.Conflict, "Two-step sign-in is already on; turn it off first to enrol another authenticator.");

        // A new secret each time: an enrolment abandoned half-way (or seen by someone else) is simply replaced.
        var secret = totp.NewSecret();
        await store.SavePendingAsync(user.Id, protector.Protect(user.Id, secret), clock.UtcNow, ct);
        return new TotpEnrollment(secret, totp.AuthenticatorUri(secret, options.Issuer, user.Email));
    }
}
