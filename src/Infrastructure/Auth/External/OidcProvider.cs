using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AdaptiveLearning.Application.Auth.External;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AdaptiveLearning.Infrastructure.Auth.External;

/// <summary>
/// One provider: its discovery document and keys are cached by <see cref="ConfigurationManager{T}"/> (refreshed
/// on its own schedule and once more when a token names a key we don't know, as after a key rotation).
/// </summary>
internal sealed class OidcProvider(string name, ExternalProviderOptions options, HttpClient http)
{
    private static readonly JsonWebTokenHandler Tokens = new();

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _configuration = new(
        options.Authority.TrimEnd('/') + "/.well-known/openid-configuration",
        new OpenIdConnectConfigurationRetriever(),
        new HttpDocumentRetriever(http) { RequireHttps = options.RequireHttpsMetadata });

    public async Task<Uri> AuthorizationUrlAsync(ExternalAuthorization authorization, CancellationToken ct)
    {
        var configuration = await ConfigurationAsync(ct);
        return new Uri(QueryHelpers.AddQueryString(configuration.AuthorizationEndpoint, new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = options.ClientId,
            ["redirect_uri"] = authorization.RedirectUri,
            ["scope"] = options.Scopes,
            ["state"] = authorization.State,
            ["nonce"] = authorization.Nonce,
            ["code_challenge"] = authorization.CodeChallenge,
            ["code_challenge_method"] = "S256",
        }));
    }

    public async Task<ExternalIdentity> RedeemAsync(string code, PendingExternalSignIn pending, CancellationToken ct)
    {
        var configuration = await ConfigurationAsync(ct);
        var idToken = await RequestIdTokenAsync(configuration.TokenEndpoint, code, pending, ct);
        var result = await ValidateAsync(idToken, configuration);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            _configuration.RequestRefresh();
            result = await ValidateAsync(idToken, await ConfigurationAsync(ct));
        }
        if (!result.IsValid)
            throw new ExternalSignInRejectedException("id_token rejected: " + result.Exception?.GetType().Name);

        var token = (JsonWebToken)result.SecurityToken;
        // The nonce ties this id_token to the sign-in we started: a token injected from another session fails here.
        if (!token.TryGetPayloadValue<string>("nonce", out var nonce) || nonce != pending.Nonce)
            throw new ExternalSignInRejectedException("id_token nonce does not match");
        if (token.Audiences.Count() > 1 && (!token.TryGetPayloadValue<string>("azp", out var azp) || azp != options.ClientId))
            throw new ExternalSignInRejectedException("id_token azp does not name this client");
        if (string.IsNullOrEmpty(token.Subject))
            throw new ExternalSignInRejectedException("id_token has no subject");

        var verified = token.TryGetClaim("email_verified", out var claim) && bool.TryParse(claim.Value, out var v) && v;
        return new ExternalIdentity(token.Issuer, token.Subject, Claim(token, "email"), verified, Claim(token, "name"));
    }

    private async Task<string> RequestIdTokenAsync(string tokenEndpoint, string code, PendingExternalSignIn pending, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = pending.RedirectUri,
                ["code_verifier"] = pending.CodeVerifier,
                ["client_id"] = options.ClientId,
            }),
        };
        if (options.ClientSecret.Length > 0)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
                $"{Uri.EscapeDataString(options.ClientId)}:{Uri.EscapeDataString(options.ClientSecret)}")));
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if ((int)response.StatusCode >= 500)
                throw new ExternalProviderUnavailableException(name, new HttpRequestException($"token endpoint answered {(int)response.StatusCode}"));
            using var json = JsonDocument.Parse(body);
            if (!response.IsSuccessStatusCode)
                throw new ExternalSignInRejectedException("token endpoint: " + (json.RootElement.TryGetProperty("error", out var e) ? e.GetString() : response.StatusCode.ToString()));
            return json.RootElement.TryGetProperty("id_token", out var idToken) && idToken.GetString() is { Length: > 0 } value
                ? value
                : throw new ExternalSignInRejectedException("token endpoint returned no id_token");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new ExternalProviderUnavailableException(name, e);
        }
        catch (JsonException e)
        {
            throw new ExternalSignInRejectedException("token endpoint answered something other than JSON", e);
        }
    }

    private Task<TokenValidationResult> ValidateAsync(string idToken, OpenIdConnectConfiguration configuration) =>
        Tokens.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            // The configured authority, not the discovery document's word for it: a document served from the right
            // address that names another issuer does not get to vouch for that issuer's tokens here.
            ValidIssuers = [options.Authority.TrimEnd('/'), options.Authority.TrimEnd('/') + "/"],
            ValidAudience = options.ClientId,
            IssuerSigningKeys = configuration.SigningKeys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        });

    private async Task<OpenIdConnectConfiguration> ConfigurationAsync(CancellationToken ct)
    {
        try
        {
            return await _configuration.GetConfigurationAsync(ct);
        }
        catch (InvalidOperationException e)
        {
            // ConfigurationManager wraps every retrieval failure (network, HTTP status, bad JSON) in this.
            throw new ExternalProviderUnavailableException(name, e);
        }
    }

    private static string? Claim(JsonWebToken token, string type) =>
        token.TryGetClaim(type, out var claim) && claim.Value.Length > 0 ? claim.Value : null;
}
