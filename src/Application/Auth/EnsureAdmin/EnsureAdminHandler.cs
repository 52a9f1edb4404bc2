using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth.EnsureAdmin;

internal sealed class EnsureAdminHandler(IUserRepository users, IUserAdministration accounts, IAccountLifecycle lifecycle, IPasswordHasher hasher, IClock clock)
    : IHandler<EnsureAdminCommand, Guid>
{
    public async Task<Guid> HandleAsync(EnsureAdminCommand request, CancellationToken ct)
    {
        try
        {
            return await EnsureAsync(request, ct);
        }
        catch (DuplicateKeyException)
        {
            // Instances starting together all try to create the admin; the one that lost the race finds it now.
            return await EnsureAsync(request, ct);
        }
    }

    private async Task<Guid> EnsureAsync(EnsureAdminCommand request, CancellationToken ct)
    {
        var existing = await users.FindByLoginAsync(request.Email, ct);
        if (existing is not null)
        {
            // The configured admin is the way back in, so startup also reactivates it; an admin change like any other.
            if (existing.Role != Role.Admin || !existing.IsActive)
            {
                var at = clock.UtcNow;
                // The operator configured this address, which stands for proving it (staff roles need a verified email).
                if (existing.EmailVerifiedAt is null)
                    await lifecycle.MarkEmailVerifiedAsync(existing.Id, at, ct);
                await accounts.ChangeAsync(existing.Id,
                    (current, others) => AccountChange.Decide(current, others, Role.Admin, active: true, actor: null, client: "startup", at),
                    at, ct);
            }
            return existing.Id;
        }

        var username = request.Email.Split('@')[0];
        while (await users.UsernameExistsAsync(username, ct))
            username += Random.Shared.Next(10);
        var admin = new User
        {
            Id = Guid.NewGuid(),
            Email = request.Email,
            Username = username,
            DisplayName = "Administrator",
            PasswordHash = hasher.Hash(request.Password),
            Role = Role.Admin,
            CreatedAt = clock.UtcNow,
            EmailVerifiedAt = clock.UtcNow,
        };
        await users.AddAsync(admin, ct);
        return admin.Id;
    }
}
