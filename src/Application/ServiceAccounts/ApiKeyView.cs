namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>An API key as admins see it: everything but its secret, which is shown once, when it is issued.</summary>
/// <param name="Prefix">The key's public start (<c>al_live_</c> and its id): find it in logs or a secret scanner's report.</param>
/// <param name="LastUsedAt">The last accepted call, to within a minute; null if never used.</param>
/// <param name="ReplacedBy">The key a rotation issued in its place; this one keeps working until <paramref name="ExpiresAt"/>.</param>
public sealed record ApiKeyView(
    Guid Id,
    Guid ServiceAccountId,
    string Name,
    string Prefix,
    IReadOnlyList<ApiScope> Scopes,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt,
    Guid? ReplacedBy,
    ApiKeyState State);
