namespace AdaptiveLearning.Application.Users;

/// <summary>The refresh-token families of an account, as devices its owner can see and sign out.</summary>
public interface IDeviceSessions
{
    /// <returns>The families that still hold a usable refresh token, newest use first (Current is left false).</returns>
    Task<IReadOnlyList<SignedInSession>> ListAsync(Guid userId, DateTimeOffset now, CancellationToken ct);

    /// <returns>False when <paramref name="userId"/> has no live session <paramref name="sessionId"/>.</returns>
    Task<bool> RevokeAsync(Guid userId, Guid sessionId, DateTimeOffset at, CancellationToken ct);
}
