using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.Logout;

internal sealed class LogoutHandler(IRefreshTokenStore store, IClock clock) : IHandler<LogoutCommand, bool>
{
    public async Task<bool> HandleAsync(LogoutCommand request, CancellationToken ct)
    {
        var stored = await store.FindByHashAsync(RefreshTokenFactory.HashOf(request.RefreshToken), ct);
        if (stored is null || stored.UserId != request.UserId)
            return false;
        await store.RevokeFamilyAsync(stored.FamilyId, clock.UtcNow, ct);
        return true;
    }
}
