using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth;

public interface IUserRepository
{
    Task<User?> GetAsync(Guid id, CancellationToken ct);

    /// <summary>Finds an account by email or username, case-insensitively.</summary>
    Task<User?> FindByLoginAsync(string login, CancellationToken ct);

    Task<bool> EmailExistsAsync(string email, CancellationToken ct);
    Task<bool> UsernameExistsAsync(string username, CancellationToken ct);

    /// <exception cref="AdaptiveLearning.Application.Common.DuplicateKeyException">the email or username is taken (a race with another registration).</exception>
    Task AddAsync(User user, CancellationToken ct);

    /// <summary>Saves the profile, settings and password; role and activity change only through <see cref="Admin.IUserAdministration"/>.</summary>
    Task SaveAsync(User user, CancellationToken ct);
    Task SaveLoginStateAsync(User user, CancellationToken ct);

    /// <summary>Erases the account and, through foreign keys, everything that belongs to it.</summary>
    Task DeleteAsync(Guid id, CancellationToken ct);
}
