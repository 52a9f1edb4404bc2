using System.Security.Cryptography;
using System.Text;
using AdaptiveLearning.Api.Features.Auth.External.ExchangeExternalCode;
using AdaptiveLearning.Api.Features.Auth.External.StartExternalSignIn;
using Microsoft.AspNetCore.WebUtilities;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Auth.External;

/// <summary>
/// What an app and its browser do: start at the API, go to the provider, come back through the callback to the
/// returnUrl, exchange the code. Every redirect is followed by hand, so a test can look at (or tamper with) each hop.
/// </summary>
internal sealed class ExternalSignInFlow(ExternalSignInEnvironment environment)
{
    private static readonly HttpClient Browser = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly HttpClient _api = environment.ApiClient();

    /// <summary>The app's PKCE verifier for the exchange.</summary>
    public string Verifier { get; } = Base64Url(RandomNumberGenerator.GetBytes(32));

    public string Challenge => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    public Task<HttpResponseMessage> StartAsync(string provider = ExternalSignInEnvironment.Provider, string returnUrl = ExternalSignInEnvironment.ReturnUrl) =>
        _api.GetAsync(Api.Route(StartExternalSignInRequest.For(provider, returnUrl, Challenge)));

    /// <summary>Starts, signs in at the provider as <paramref name="loginHint"/>, and returns the provider's redirect to our callback.</summary>
    public async Task<Uri> AtProviderAsync(string loginHint, string provider = ExternalSignInEnvironment.Provider, Func<Uri, Uri>? tamper = null,
        string returnUrl = ExternalSignInEnvironment.ReturnUrl)
    {
        var start = await StartAsync(provider, returnUrl);
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await start.Content.ReadAsStringAsync());
        var authorize = new Uri(QueryHelpers.AddQueryString(start.Headers.Location!.AbsoluteUri, "login_hint", loginHint));
        var atProvider = await Browser.GetAsync(tamper?.Invoke(authorize) ?? authorize);
        Assert.That(atProvider.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await atProvider.Content.ReadAsStringAsync());
        return atProvider.Headers.Location!;
    }

    public Task<HttpResponseMessage> CallbackAsync(Uri callback) => _api.GetAsync(callback);

    /// <summary>The whole browser part; returns where the API finally sent the browser (the returnUrl with code or error).</summary>
    public async Task<Uri> SignInAsync(string loginHint, string provider = ExternalSignInEnvironment.Provider, Func<Uri, Uri>? tamper = null)
    {
        var back = await CallbackAsync(await AtProviderAsync(loginHint, provider, tamper));
        Assert.That(back.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await back.Content.ReadAsStringAsync());
        return back.Headers.Location!;
    }

    public Task<HttpResponseMessage> ExchangeAsync(string code, string? verifier = null) =>
        _api.PostJsonAsync(ExchangeExternalCodeRequest.Route, new Wire.ExchangeExternalCodeRequest { Code = code, CodeVerifier = verifier ?? Verifier });

    /// <summary>Signs in and exchanges the code: the tokens an app ends up with.</summary>
    public async Task<Wire.TokenResponse> TokensAsync(string loginHint)
    {
        var returned = await SignInAsync(loginHint);
        Assert.That(Query(returned, "error"), Is.Null, returned.ToString());
        return await (await ExchangeAsync(Query(returned, "code")!)).ReadAsAsync<Wire.TokenResponse>();
    }

    public HttpClient Authorized(string accessToken) => Api.WithToken(environment.ApiClient(), accessToken);

    public static string? Query(Uri uri, string name) =>
        QueryHelpers.ParseQuery(uri.Query).TryGetValue(name, out var value) ? value.ToString() : null;

    public static Uri WithQuery(Uri uri, string name, string value)
    {
        var query = QueryHelpers.ParseQuery(uri.Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        query[name] = value;
        return new Uri(QueryHelpers.AddQueryString(uri.GetLeftPart(UriPartial.Path), query));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
