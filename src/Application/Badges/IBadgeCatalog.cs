using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges;

/// <summary>The badge definitions admins manage.</summary>
public interface IBadgeCatalog
{
    Task<IReadOnlyList<BadgeDefinition>> ListAsync(bool includeRetired, CancellationToken ct);

    Task<BadgeDefinition?> GetAsync(string key, CancellationToken ct);

    /// <returns>False when a badge with the key already exists (retired ones included).</returns>
    Task<bool> AddAsync(BadgeDefinition badge, CancellationToken ct);

    Task UpdateAsync(BadgeDefinition badge, CancellationToken ct);

    /// <summary>Deletes the badge if nobody holds it, otherwise retires it so the awards keep their meaning.</summary>
    /// <returns>False when there is no such badge.</returns>
    Task<bool> RemoveAsync(string key, DateTimeOffset now, CancellationToken ct);
}
