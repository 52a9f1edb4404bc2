using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts.RotateApiKey;

/// <summary>
/// Issues a new key with the old one's name and scopes, and lets the old one work only until the grace period ends,
/// so an integrator can deploy the new key without an outage.
/// </summary>
internal sealed class RotateApiKeyHandler(IServiceAccountStore store, IClock clock, ServiceAccountOptions options)
    : IHandler<RotateApiKeyCommand, IssuedApiKey>
{
    public async Task<IssuedApiKey> HandleAsync(RotateApiKeyCommand request, CancellationToken ct)
    {
        var grace = request.GraceMinutes ?? options.RotationGraceMinutes;
        if (grace < 0 || grace > options.MaxRotationGraceMinutes)
            throw ProblemException.Field("graceMinutes", $"Use 0 to {options.MaxRotationGraceMinutes} minutes.");
        var account = await store.AccountOrThrowAsync(request.ServiceAccountId, ct);
        var old = await store.KeyOrThrowAsync(request.ServiceAccountId, request.KeyId, ct);
        var now = clock.UtcNow;
        if (old.StateAt(now) != ApiKeyState.Active || old.ReplacedBy is not null)
            throw new ProblemException(Problems.InvalidTransition, "Only an active key that has not been rotated yet can be rotated; create a new key instead.");

        var lifetime = old.ExpiresAt - old.CreatedAt;
        var maxLifetime = TimeSpan.FromDays(options.MaxKeyLifetimeDays);
        var expiresAt = request.ExpiresAt ?? now + (lifetime < maxLifetime ? lifetime : maxLifetime);
        // The account's scopes may have narrowed since the old key was issued: the new key gets what is still allowed.
        var scopes = old.Scopes.Intersect(account.Scopes).ToList();
        var fresh = KeyIssuing.NewKey(account, old.Name, scopes, expiresAt, now, options, out var key);
        var oldUntil = now.AddMinutes(grace) < old.ExpiresAt ? now.AddMinutes(grace) : old.ExpiresAt;
        var audit = new AuditEntry(now, AuditKind.ApiKeyRotated, account.Id, request.ActorId, request.Client,
            $"{ApiKeySecret.PrefixOf(old.Id)} → {ApiKeySecret.PrefixOf(fresh.Id)}; old key works until {oldUntil:O}");
        if (!await store.ReplaceKeyAsync(old.Id, oldUntil, fresh, audit, ct))
            throw new ProblemException(Problems.InvalidTransition, "The key was revoked, expired or rotated meanwhile.");
        var replaced = old with { ExpiresAt = oldUntil, ReplacedBy = fresh.Id };
        return new IssuedApiKey(key, fresh.ToView(now), replaced.ToView(now));
    }
}
