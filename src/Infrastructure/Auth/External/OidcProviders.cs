using System.Collections.Frozen;
using AdaptiveLearning.Application.Auth.External;
using Microsoft.Extensions.Configuration;

namespace AdaptiveLearning.Infrastructure.Auth.External;

/// <summary>The providers configured under <c>Auth:External</c>, read once at startup.</summary>
internal sealed class OidcProviders : IExternalIdentityProviders, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };
    private readonly FrozenDictionary<string, OidcProvider> _providers;

    public OidcProviders(IConfiguration configuration) =>
        _providers = configuration.GetSection(ExternalProviderOptions.Section).GetChildren()
            .Select(s => (s.Key, Options: s.Get<ExternalProviderOptions>()))
            .Where(p => p.Options is { IsComplete: true })
            .ToFrozenDictionary(p => p.Key, p => new OidcProvider(p.Key, p.Options!, _http), StringComparer.Ordinal);

    public bool IsConfigured(string provider) => _providers.ContainsKey(provider);

    public Task<Uri> AuthorizationUrlAsync(string provider, ExternalAuthorization authorization, CancellationToken ct) =>
        _providers[provider].AuthorizationUrlAsync(authorization, ct);

    public Task<ExternalIdentity> RedeemAsync(string provider, string code, PendingExternalSignIn pending, CancellationToken ct) =>
        _providers[provider].RedeemAsync(code, pending, ct);

    public void Dispose() => _http.Dispose();
}
