using System.Security.Cryptography;
using System.Text;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth;

internal sealed class RefreshTokenFactory(IRefreshTokenStore store, ITokenIssuer issuer, IRequestOrigin origin, IClock clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static string HashOf(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public async Task<AuthTokens> IssueAsync(User user, Guid familyId, CancellationToken ct)
    {
        var refresh = RandomToken.New();
        var now = clock.UtcNow;
        await store.AddAsync(new RefreshToken(Guid.NewGuid(), user.Id, familyId, HashOf(refresh), now + Lifetime, null, null,
            origin.UserAgent, origin.Client), ct);
        var access = issuer.IssueAccessToken(user, familyId);
        return new AuthTokens(access.Token, refresh, access.ExpiresInSeconds);
    }

}
