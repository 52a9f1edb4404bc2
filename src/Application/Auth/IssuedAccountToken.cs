using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth;

/// <summary>A new account token and the secret that goes into the mailed link (never stored).</summary>
public sealed record IssuedAccountToken(AccountToken Token, string Secret)
{
    public static IssuedAccountToken Create(Guid userId, AccountTokenPurpose purpose, string email, TimeSpan lifetime, IClock clock)
    {
        var secret = RandomToken.New();
        var now = clock.UtcNow;
        return new IssuedAccountToken(
            new AccountToken(Guid.NewGuid(), userId, purpose, RefreshTokenFactory.HashOf(secret), email, now, now + lifetime, null), secret);
    }
}
