using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AdaptiveLearning.Client.Errors;

namespace AdaptiveLearning.Client.Http;

/// <summary>The calls Refit cannot shape (conditional reads, multipart uploads), sent through the same authenticated, retrying pipeline.</summary>
internal sealed class RawCalls(HttpClient http)
{
    public async Task<ConditionalResponse<T>> GetIfChangedAsync<T>(string relativeUrl, string? etag, CancellationToken ct)
        where T : class
    {
        using var request = Authenticated(HttpMethod.Get, relativeUrl);
        if (!string.IsNullOrEmpty(etag))
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new ConditionalResponse<T>(null, response.Headers.ETag?.ToString() ?? etag, true);
        return new ConditionalResponse<T>(await ReadAsync<T>(response, ct).ConfigureAwait(false), response.Headers.ETag?.ToString(), false);
    }

    public async Task<T> PostAsync<T>(string relativeUrl, HttpContent content, CancellationToken ct)
        where T : class
    {
        using var request = Authenticated(HttpMethod.Post, relativeUrl);
        request.Content = content;
        using var response = await SendAsync(request, ct).ConfigureAwait(false);
        return await ReadAsync<T>(response, ct).ConfigureAwait(false);
    }

    /// <summary>A JSON write that applies only while <paramref name="etag"/> is current (If-Match); a stale one throws 412.</summary>
    public async Task<T> SendJsonIfMatchAsync<T>(HttpMethod method, string relativeUrl, object body, string etag, CancellationToken ct)
        where T : class
    {
        using var request = Authenticated(method, relativeUrl);
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        request.Content = JsonContent.Create(body, body.GetType(), options: ClientJson.Options);
        using var response = await SendAsync(request, ct).ConfigureAwait(false);
        return await ReadAsync<T>(response, ct).ConfigureAwait(false);
    }

    private static HttpRequestMessage Authenticated(HttpMethod method, string relativeUrl)
    {
        var request = new HttpRequestMessage(method, relativeUrl);
        // An empty Bearer marks the call for AuthenticationHandler, as [Headers("Authorization: Bearer")] does for Refit.
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer");
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw TransportExceptionFactory.Create(request, e, ct);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
        where T : class
    {
        if (await ProblemExceptionFactory.CreateAsync(response).ConfigureAwait(false) is { } problem)
            throw problem;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            return await JsonSerializer.DeserializeAsync<T>(stream, ClientJson.Options, ct).ConfigureAwait(false)
                   ?? throw new JsonException("The body was empty.");
        }
        catch (JsonException e)
        {
            throw await TransportExceptionFactory.Deserialization(response, e).ConfigureAwait(false) ?? e;
        }
    }
}
