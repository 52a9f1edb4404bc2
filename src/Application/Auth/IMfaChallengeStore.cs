namespace AdaptiveLearning.Application.Auth;

public interface IMfaChallengeStore
{
    Task AddAsync(MfaChallenge challenge, CancellationToken ct);
    Task<MfaChallenge?> FindAsync(string tokenHash, CancellationToken ct);

    /// <returns>False when another request used the challenge first.</returns>
    Task<bool> TryUseAsync(string tokenHash, DateTimeOffset at, CancellationToken ct);

    /// <summary>Counts a wrong code; the <paramref name="maxAttempts"/>th spends the challenge.</summary>
    Task RecordWrongCodeAsync(string tokenHash, int maxAttempts, DateTimeOffset at, CancellationToken ct);
}
