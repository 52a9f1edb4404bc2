namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>Every service account, oldest first (there are few: one per integration).</summary>
public sealed record ServiceAccountList(IReadOnlyList<ServiceAccount> Items);
