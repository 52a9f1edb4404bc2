using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AdaptiveLearning.Api.Security;

/// <summary>
/// API keys next to the JWT bearer: the default scheme forwards a request that presents a key to the API-key scheme and
/// every other request to the bearer scheme, so endpoints need not name a scheme.
/// </summary>
internal static class ApiKeyAuthentication
{
    public const string DefaultScheme = "BearerOrApiKey";

    public static AuthenticationBuilder AddApiKeys(this AuthenticationBuilder builder) => builder
        .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
        .AddPolicyScheme(DefaultScheme, "JWT bearer or API key", o => o.ForwardDefaultSelector = http =>
            ApiKeyAuthenticationHandler.Presented(http.Request) is null ? JwtBearerDefaults.AuthenticationScheme : ApiKeyAuthenticationHandler.SchemeName);
}
