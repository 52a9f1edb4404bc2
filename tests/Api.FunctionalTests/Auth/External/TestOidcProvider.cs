using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OidcErrors = OpenIddict.Abstractions.OpenIddictConstants.Errors;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AdaptiveLearning.Api.FunctionalTests.Auth.External;

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server) on a loopback port: discovery, JWKS, authorization code
/// flow with PKCE required, ephemeral signing keys. Degraded mode, so no store: the client and its redirect URIs
/// are checked by the handlers below, and codes are self-contained encrypted tokens. Its "login page" trusts
/// <c>login_hint</c>, naming a user a test added, and signs them in at once.
/// </summary>
internal sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "adaptive-api";
    public const string ClientSecret = "test-provider-client-secret";

    private readonly ConcurrentDictionary<string, TestOidcUser> _users = new();
    private readonly WebApplication _app;

    private TestOidcProvider(Uri issuer, Func<string, bool> redirectUriRegistered)
    {
        Issuer = issuer;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(issuer.GetLeftPart(UriPartial.Authority));
        builder.Logging.ClearProviders();
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetIssuer(issuer);
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.Email, Scopes.Profile);
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            o.EnableDegradedMode();
            o.UseAspNetCore().DisableTransportSecurityRequirement();

            o.AddEventHandler<ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                    context.Reject(OidcErrors.InvalidClient, "Unknown client.");
                else if (context.RedirectUri is null || !redirectUriRegistered(context.RedirectUri))
                    context.Reject(OidcErrors.InvalidRequest, "The redirect_uri is not registered.");
                return default;
            }));
            o.AddEventHandler<ValidateTokenRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                    context.Reject(OidcErrors.InvalidClient, "Wrong client credentials.");
                return default;
            }));
            o.AddEventHandler<HandleAuthorizationRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.Request.LoginHint is not { } hint || !_users.TryGetValue(hint, out var user))
                {
                    context.Reject(OidcErrors.LoginRequired, "Name a known test user in login_hint.");
                    return default;
                }
                context.SignIn(Principal(user, context.Request.GetScopes()));
                return default;
            }));
            // The code carries the principal signed in above; the id_token is issued from it.
            o.AddEventHandler<HandleTokenRequestContext>(h => h.UseInlineHandler(context =>
            {
                context.SignIn(context.Principal!);
                return default;
            }));
        });
        _app = builder.Build();
        _app.UseAuthentication();
    }

    public Uri Issuer { get; }

    /// <summary>Starts a provider that accepts redirect URIs <paramref name="redirectUriRegistered"/> approves.</summary>
    public static async Task<TestOidcProvider> StartAsync(Func<string, bool> redirectUriRegistered)
    {
        var provider = new TestOidcProvider(new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/"), redirectUriRegistered);
        await provider._app.StartAsync();
        await provider.WarmUpAsync();
        return provider;
    }

    /// <summary>
    /// Its first answers build OpenIddict's pipeline and keys, which on a busy machine takes longer than the API waits
    /// for a provider: the tests are about the API, so the provider is ready before the first one.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var http = new HttpClient { BaseAddress = Issuer, Timeout = TimeSpan.FromMinutes(2) };
        (await http.GetAsync(".well-known/openid-configuration")).EnsureSuccessStatusCode();
        (await http.GetAsync(".well-known/jwks")).EnsureSuccessStatusCode();
        await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "authorization_code" }));
        await http.GetAsync("connect/authorize");
    }

    /// <returns>The login_hint that signs this user in.</returns>
    public string Add(TestOidcUser user)
    {
        _users[user.Subject] = user;
        return user.Subject;
    }

    private static ClaimsPrincipal Principal(TestOidcUser user, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity("test-provider", Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        identity.AddClaim(new Claim(Claims.Name, user.Name));
        if (user.Email is not null)
        {
            identity.AddClaim(new Claim(Claims.Email, user.Email));
            identity.AddClaim(new Claim(Claims.EmailVerified, user.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
        }
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        return principal;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
