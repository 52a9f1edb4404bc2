namespace AdaptiveLearning.Api.Security;

/// <summary>Claims of a caller authenticated by an API key; its <c>sub</c> is the service account's id.</summary>
internal static class ApiKeyClaims
{
    public const string KeyId = "api_key";
    public const string Scope = "scope";
}
