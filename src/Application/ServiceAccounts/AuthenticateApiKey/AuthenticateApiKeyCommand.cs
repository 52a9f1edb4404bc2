namespace AdaptiveLearning.Application.ServiceAccounts.AuthenticateApiKey;

/// <param name="Key">The key as presented.</param>
/// <param name="Client">The caller's address, for the audit entry of a refused key.</param>
public sealed record AuthenticateApiKeyCommand(string Key, string? Client);
