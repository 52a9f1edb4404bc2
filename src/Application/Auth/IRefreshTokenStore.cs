namespace AdaptiveLearning.Application.Auth;

public interface IRefreshTokenStore
{
    Task AddAsync(RefreshToken token, CancellationToken ct);
    Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken ct);

    /// <returns>False when another request used the token first.</returns>
    Task<bool> TryMarkUsedAsync(Guid id, DateTimeOffset at, CancellationToken ct);

    Task RevokeFamilyAsync(Guid familyId, DateTimeOffset at, CancellationToken ct);
}
