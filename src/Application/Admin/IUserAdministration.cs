using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Admin;

/// <summary>Accounts as admins manage them: list, read, and change role or activity.</summary>
public interface IUserAdministration
{
    Task<Page<ManagedUser>> ListAsync(UserListSpecification spec, CancellationToken ct);

    Task<ManagedUser?> GetAsync(Guid id, CancellationToken ct);

    /// <summary>
    /// Calls <paramref name="decide"/> with the account and the number of other active admins inside one transaction that
    /// queues every role and activity change (cluster-wide) and locks the account's row, then stores the outcome: when it
    /// changes anything, the new role and activity, a new security stamp (retiring its access tokens), its refresh tokens
    /// revoked and the audit entries, all in that transaction. A conflict with a simultaneous change reruns the whole unit.
    /// </summary>
    /// <returns>The account after the change, or null when no account has <paramref name="id"/>.</returns>
    Task<ManagedUser?> ChangeAsync(Guid id, Func<ManagedUser, int, AccountChange> decide, DateTimeOffset at, CancellationToken ct);
}
