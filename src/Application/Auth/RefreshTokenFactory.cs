using System.Security.Cryptography;
using System.Text;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth;

internal sealed class RefreshTokenFactory(IRefreshTokenStore store, ITokenIssuer issuer, IClock clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static string HashOf(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public async Task<AuthTokens> IssueAsync(User user, Guid familyId, CancellationToken ct)
    {
        var refresh = NewOpaqueToken();
        var now = clock.UtcNow;
        await store.AddAsync(new RefreshToken(Guid.NewGuid(), user.Id, familyId, HashOf(refresh), now + Lifetime, null, null), ct);
        var access = issuer.IssueAccessToken(user);
        return new AuthTokens(access.Token, refresh, access.ExpiresInSeconds);
    }

    /// <summary>32 random bytes, base64url: the shape of every bearer secret the API hands out and stores only hashed.</summary>
    public static string NewOpaqueToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
