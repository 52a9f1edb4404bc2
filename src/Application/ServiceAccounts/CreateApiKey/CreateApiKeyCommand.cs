namespace AdaptiveLearning.Application.ServiceAccounts.CreateApiKey;

/// <param name="Scopes">A subset of the account's scopes; null gives the key all of them.</param>
/// <param name="ExpiresAt">Required: every key expires, at most <see cref="ServiceAccountOptions.MaxKeyLifetimeDays"/> ahead.</param>
public sealed record CreateApiKeyCommand(Guid ActorId, Guid ServiceAccountId, string Name, IReadOnlyList<ApiScope>? Scopes, DateTimeOffset ExpiresAt, string? Client);
