using System.Text.RegularExpressions;
using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth.External;

/// <summary>Finds the account an external identity signs in to, linking or creating it (ADR 0015).</summary>
internal sealed partial class ExternalAccountLinker(
    IExternalLoginRepository logins, IUserRepository users, IAccountLifecycle lifecycle, ISecurityAudit audit, IClock clock)
{
    /// <exception cref="ProblemException">the identity may not sign in; the refusal is already audited.</exception>
    public async Task<User> ResolveAsync(ExternalIdentity identity, string provider, string client, CancellationToken ct)
    {
        if (await logins.FindAsync(identity.Issuer, identity.Subject, ct) is { } link
            && await users.GetAsync(link.UserId, ct) is { } linked)
        {
            await RefuseIfDeactivatedAsync(linked, provider, client, ct);
            await logins.MarkUsedAsync(link.Id, clock.UtcNow, ct);
            return linked;
        }

        if (string.IsNullOrWhiteSpace(identity.Email))
            await RefuseAsync(Problems.ExternalEmailMissing, null, provider, client, ct);
        var email = identity.Email!.Trim();
        // FindByLoginAsync also matches usernames; only the account that owns the email may be linked.
        var existing = await users.FindByLoginAsync(email, ct);
        if (existing is not null && !string.Equals(existing.Email, email, StringComparison.OrdinalIgnoreCase))
            existing = null;

        if (existing is not null)
        {
            // Anyone can claim any address at a provider that doesn't verify it: linking on it would hand them the account.
            if (!identity.EmailVerified)
                await RefuseAsync(Problems.ExternalEmailUnverified, existing.Id, provider, client, ct);
            await RefuseIfDeactivatedAsync(existing, provider, client, ct);
            await LinkAsync(existing, identity, provider, client, "linked by verified email", ct);
            // The provider has just proved the owner reads this address, which is all our own verification mail would.
            if (existing.EmailVerifiedAt is null)
                await lifecycle.MarkEmailVerifiedAsync(existing.Id, clock.UtcNow, ct);
            return existing;
        }

        var user = await CreateAsync(identity, email, provider, client, ct);
        await LinkAsync(user, identity, provider, client, "new account", ct);
        return user;
    }

    private async Task<User> CreateAsync(ExternalIdentity identity, string email, string provider, string client, CancellationToken ct)
    {
        var username = await FreeUsernameAsync(email, ct);
        var user = new User
        {
            Id = Guid.NewGuid(),
            Email = email,
            Username = username,
            DisplayName = string.IsNullOrWhiteSpace(identity.Name) ? username : identity.Name.Trim()[..Math.Min(identity.Name.Trim().Length, 100)],
            // No password: the account signs in through its external logins until the user sets one.
            PasswordHash = "",
            CreatedAt = clock.UtcNow,
            // Only the provider's own verification counts; an unverified address gets our verification mail path.
            EmailVerifiedAt = identity.EmailVerified ? clock.UtcNow : null,
        };
        try
        {
            await users.AddAsync(user, ct);
        }
        catch (DuplicateKeyException)
        {
            // The email or username was registered between our checks and the insert; a retry links or picks anew.
            await RefuseAsync(Problems.Conflict, null, provider, client, ct);
        }
        return user;
    }

    private async Task<string> FreeUsernameAsync(string email, CancellationToken ct)
    {
        var stem = NotUsernameCharacters().Replace(email.Split('@')[0], "");
        stem = stem.Length < 3 ? "user" + stem : stem[..Math.Min(stem.Length, 48)];
        var candidate = stem;
        while (await users.UsernameExistsAsync(candidate, ct))
            candidate = $"{stem}-{Random.Shared.Next(1000, 1_000_000)}";
        return candidate;
    }

    private async Task LinkAsync(User user, ExternalIdentity identity, string provider, string client, string how, CancellationToken ct)
    {
        var now = clock.UtcNow;
        try
        {
            await logins.AddAsync(new ExternalLogin(Guid.NewGuid(), user.Id, provider, identity.Issuer, identity.Subject, identity.Email, now, now), ct);
        }
        catch (DuplicateKeyException)
        {
            // The same identity finished signing in concurrently; the user retries and is found by subject.
            await RefuseAsync(Problems.Conflict, user.Id, provider, client, ct);
        }
        await audit.RecordAsync(new AuditEntry(now, AuditKind.ExternalLoginLinked, user.Id, user.Id, client, $"{provider}: {how}"), ct);
    }

    private Task RefuseIfDeactivatedAsync(User user, string provider, string client, CancellationToken ct) =>
        user.IsActive ? Task.CompletedTask : RefuseAsync(Problems.AccountDeactivated, user.Id, provider, client, ct);

    private async Task RefuseAsync(Problem problem, Guid? userId, string provider, string client, CancellationToken ct)
    {
        await audit.RecordAsync(new AuditEntry(clock.UtcNow, AuditKind.ExternalLoginFailed, userId, userId, client, $"{provider}: {problem.Code}"), ct);
        throw new ProblemException(problem);
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex NotUsernameCharacters();
}
