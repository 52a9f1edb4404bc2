namespace AdaptiveLearning.Infrastructure.Auth.External;

/// <summary>One provider under <c>Auth:External:&lt;name&gt;</c>; none is configured by default.</summary>
internal sealed class ExternalProviderOptions
{
    public const string Section = "Auth:External";

    /// <summary>The issuer URL; its <c>/.well-known/openid-configuration</c> names the endpoints and keys.</summary>
    public string Authority { get; init; } = "";
    public string ClientId { get; init; } = "";

    /// <summary>Empty for a public client (PKCE alone); otherwise sent with HTTP Basic to the token endpoint.</summary>
    public string ClientSecret { get; init; } = "";
    public string Scopes { get; init; } = "openid email profile";

    /// <summary>Only for a provider on loopback in tests: production metadata must come over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    public bool IsComplete => Authority.Length > 0 && ClientId.Length > 0;
}
