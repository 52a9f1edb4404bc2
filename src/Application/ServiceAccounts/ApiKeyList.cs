namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>Every key of one service account, newest first, including revoked and expired ones.</summary>
public sealed record ApiKeyList(IReadOnlyList<ApiKeyView> Items);
