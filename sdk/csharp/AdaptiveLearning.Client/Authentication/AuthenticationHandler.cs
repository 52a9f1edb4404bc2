using System.Net;
using System.Net.Http.Headers;

namespace AdaptiveLearning.Client.Authentication;

/// <summary>
/// Puts the access token on calls that need one (marked <c>[Headers("Authorization: Bearer")]</c>),
/// and on a 401 renews the token and sends the call once more.
/// </summary>
internal sealed class AuthenticationHandler(TokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Headers.Authorization is not { Scheme: "Bearer", Parameter: null or "" })
            return await base.SendAsync(request, ct).ConfigureAwait(false);
        // A service account's key is sent as it is: there is nothing to renew, so a refusal is final.
        if (tokens.ApiKey is { Length: > 0 } apiKey)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", apiKey);
            return await base.SendAsync(request, ct).ConfigureAwait(false);
        }

        var token = await tokens.GetAccessTokenAsync(null, ct).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;

        // Revoked or expired early (server restart, logout elsewhere): renew once and try again.
        response.Dispose();
        var renewed = await tokens.GetAccessTokenAsync(token, ct).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        return await base.SendAsync(request, ct).ConfigureAwait(false);
    }
}
