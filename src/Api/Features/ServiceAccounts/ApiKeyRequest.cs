namespace AdaptiveLearning.Api.Features.ServiceAccounts;

/// <summary>Addresses one key of one service account.</summary>
public sealed class ApiKeyRequest
{
    public const string Collection = ServiceAccountRequest.Route + "/keys";
    public const string Route = Collection + "/{keyId}";

    public static string KeysOf(Guid id) => ServiceAccountRequest.For(id) + "/keys";

    public static string For(Guid id, Guid keyId) => KeysOf(id) + "/" + keyId;

    public Guid Id { get; init; }
    public Guid KeyId { get; init; }
}
