namespace AdaptiveLearning.Application.ServiceAccounts.RevokeApiKey;

public sealed record RevokeApiKeyCommand(Guid ActorId, Guid ServiceAccountId, Guid KeyId, string? Client);
