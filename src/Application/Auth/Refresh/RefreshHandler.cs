using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.Refresh;

internal sealed class RefreshHandler(IRefreshTokenStore store, IUserRepository users, RefreshTokenFactory tokens, IClock clock)
    : IHandler<RefreshCommand, AuthTokens>
{
    public async Task<AuthTokens> HandleAsync(RefreshCommand request, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var stored = await store.FindByHashAsync(RefreshTokenFactory.HashOf(request.RefreshToken), ct);
        if (stored is null || stored.RevokedAt is not null || stored.ExpiresAt <= now)
            throw new ProblemException(Problems.InvalidRefreshToken);

        // A token presented a second time means it leaked: end every session of its family.
        if (stored.UsedAt is not null || !await store.TryMarkUsedAsync(stored.Id, now, ct))
        {
            await store.RevokeFamilyAsync(stored.FamilyId, now, ct);
            throw new ProblemException(Problems.RefreshTokenReused);
        }

        var user = await users.GetAsync(stored.UserId, ct);
        // Deactivation revokes the tokens in the same transaction; this also covers a token issued in a race with it.
        if (user is not { IsActive: true })
            throw new ProblemException(Problems.InvalidRefreshToken);
        return await tokens.IssueAsync(user, stored.FamilyId, ct);
    }
}
