namespace AdaptiveLearning.Application.ServiceAccounts.ListApiKeys;

public sealed record ListApiKeysQuery(Guid ServiceAccountId);
