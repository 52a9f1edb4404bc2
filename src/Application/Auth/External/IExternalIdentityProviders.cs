namespace AdaptiveLearning.Application.Auth.External;

/// <summary>The configured OpenID Connect providers, by the name used in routes (<c>Auth:External:&lt;name&gt;</c>).</summary>
public interface IExternalIdentityProviders
{
    bool IsConfigured(string provider);

    /// <exception cref="ExternalProviderUnavailableException">the discovery document could not be fetched.</exception>
    Task<Uri> AuthorizationUrlAsync(string provider, ExternalAuthorization authorization, CancellationToken ct);

    /// <summary>Redeems the code at the token endpoint (with the PKCE verifier) and validates the id_token.</summary>
    /// <exception cref="ExternalSignInRejectedException">the provider refused the code or the id_token failed a check.</exception>
    /// <exception cref="ExternalProviderUnavailableException">the provider could not be reached.</exception>
    Task<ExternalIdentity> RedeemAsync(string provider, string code, PendingExternalSignIn pending, CancellationToken ct);
}
