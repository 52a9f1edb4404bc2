namespace AdaptiveLearning.Api.Features.ServiceAccounts.RotateApiKey;

/// <summary>Both fields are optional: send <c>{}</c> for the defaults.</summary>
public sealed class RotateApiKeyRequest
{
    public const string Route = ApiKeyRequest.Route + "/rotate";

    public Guid Id { get; init; }
    public Guid KeyId { get; init; }
    /// <summary>The new key's expiry; left out, the new key lives as long as the old one did, counted from now.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
    /// <summary>Minutes the old key keeps working (default ServiceAccounts:RotationGraceMinutes, 1440; 0 ends it now).</summary>
    public int? GraceMinutes { get; init; }
}
