using AdaptiveLearning.Application.ServiceAccounts;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.CreateApiKey;

public sealed class CreateApiKeyRequest
{
    public const string Route = ApiKeyRequest.Collection;

    public Guid Id { get; init; }
    /// <summary>Where the key is used, such as "production" or "staging".</summary>
    public string Name { get; init; } = "";
    /// <summary>Some of the account's scopes; left out, the key gets all of them.</summary>
    public IReadOnlyList<ApiScope>? Scopes { get; init; }
    /// <summary>When the key stops working: required, in the future and at most ServiceAccounts:MaxKeyLifetimeDays (365) days ahead.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
