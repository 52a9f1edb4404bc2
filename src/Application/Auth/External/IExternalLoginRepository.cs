namespace AdaptiveLearning.Application.Auth.External;

public interface IExternalLoginRepository
{
    Task<ExternalLogin?> FindAsync(string issuer, string subject, CancellationToken ct);

    /// <exception cref="AdaptiveLearning.Application.Common.DuplicateKeyException">the identity was linked meanwhile.</exception>
    Task AddAsync(ExternalLogin login, CancellationToken ct);

    Task MarkUsedAsync(Guid id, DateTimeOffset at, CancellationToken ct);
    Task<IReadOnlyList<ExternalLogin>> ListAsync(Guid userId, CancellationToken ct);

    /// <returns>False when the user has no such link.</returns>
    Task<bool> DeleteAsync(Guid userId, Guid id, CancellationToken ct);
}
