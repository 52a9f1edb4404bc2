using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.VerifyEmail;

/// <summary>Redeems a verification link, or an email-change link, which moves the account to the address it proves.</summary>
/// <returns>The account's address afterwards.</returns>
internal sealed class VerifyEmailHandler(IAccountLifecycle lifecycle, IClock clock) : IHandler<VerifyEmailCommand, string>
{
    public async Task<string> HandleAsync(VerifyEmailCommand request, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var token = await lifecycle.FindTokenAsync(RefreshTokenFactory.HashOf(request.Token), ct);
        if (token is null || !(token.IsUsable(AccountTokenPurpose.VerifyEmail, now) || token.IsUsable(AccountTokenPurpose.ChangeEmail, now)))
            throw new ProblemException(Problems.InvalidAccountToken);

        var changes = token.Purpose == AccountTokenPurpose.ChangeEmail;
        var audit = new AuditEntry(now, changes ? AuditKind.EmailChanged : AuditKind.EmailVerified, token.UserId, token.UserId,
            request.Client, changes ? "now " + token.Email : null);
        try
        {
            if (!await lifecycle.ConfirmEmailAsync(token, audit, ct))
                throw new ProblemException(Problems.InvalidAccountToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ProblemException(Problems.EmailTaken);
        }
        return token.Email;
    }
}
