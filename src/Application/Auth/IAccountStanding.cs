namespace AdaptiveLearning.Application.Auth;

/// <summary>Whether an access token still speaks for its account, asked on every authenticated request (ADR 0011).</summary>
public interface IAccountStanding
{
    /// <returns>False when the account is gone, deactivated, or its security stamp moved on since the token was issued.</returns>
    Task<bool> IsCurrentAsync(Guid userId, int securityStamp, CancellationToken ct);
}
