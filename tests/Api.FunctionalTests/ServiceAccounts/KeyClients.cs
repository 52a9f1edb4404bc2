using AdaptiveLearning.Api.Features.ServiceAccounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.ServiceAccounts;

/// <summary>Service accounts made by the admin, and clients that call the API with one of their keys.</summary>
internal static class KeyClients
{
    public static async Task<Wire.ServiceAccount> AccountAsync(HttpClient admin, params Wire.ApiScope[] scopes) =>
        await admin.PostAsAsync<Wire.ServiceAccount>(ServiceAccountRequest.Collection,
            new Wire.CreateServiceAccountRequest { Name = "LMS sync", Description = "nightly content sync", Scopes = [.. scopes] }, HttpStatusCode.Created);

    public static async Task<Wire.IssuedApiKey> IssueAsync(HttpClient admin, Guid account, Wire.ApiScope[]? scopes = null, string name = "production") =>
        await admin.PostAsAsync<Wire.IssuedApiKey>(ApiKeyRequest.KeysOf(account),
            new Wire.CreateApiKeyRequest { Name = name, Scopes = scopes?.ToList(), ExpiresAt = DateTimeOffset.UtcNow.AddDays(30) }, HttpStatusCode.Created);

    /// <summary>A client sending the key as <c>X-Api-Key</c>, or as <c>Authorization: ApiKey</c>.</summary>
    public static HttpClient WithKey(string key, bool inAuthorization = false, WebApplicationFactory<Program>? host = null)
    {
        var client = Api.Anonymous(host);
        if (inAuthorization)
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", key);
        else
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
