using System.Text.RegularExpressions;
using AdaptiveLearning.Api.Features.Auth.Login;
using AdaptiveLearning.Api.Features.Hierarchy.GetHierarchy;
using AdaptiveLearning.Api.Features.Users.GetMe;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>Headers, CORS and operator routes as issue #14's probe asked for them.</summary>
public sealed partial class HardeningTests : TestBase
{
    [Test]
    public async Task EveryResponseCarriesTheSecurityHeadersAndNoServerBanner()
    {
        var responses = new[]
        {
            await Api.Anonymous().GetAsync(Api.Route(GetHierarchyRequest.Route)),
            await Api.Anonymous().GetAsync(Api.Route("/no-such-thing")),
            await Api.Anonymous().GetAsync("/docs"),
        };

        foreach (var response in responses)
        {
            Assert.Multiple(() =>
            {
                Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
                Assert.That(Header(response, "X-Frame-Options"), Is.EqualTo("DENY"));
                Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("no-referrer"));
                Assert.That(Header(response, "Content-Security-Policy"), Does.Contain("frame-ancestors 'none'"));
                Assert.That(response.Headers.Contains("Server"), Is.False);
            });
        }
    }

    [Test]
    public async Task TheDocsPageLoadsOnlyItsOwnScriptsWhichItsPolicyAllows()
    {
        var client = Api.Anonymous();
        var docs = await client.GetAsync("/docs/");
        var html = await docs.Content.ReadAsStringAsync();
        var policy = Header(docs, "Content-Security-Policy");
        var scripts = ScriptSources().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.That(scripts, Is.Not.Empty, html);
        Assert.That(scripts, Has.None.Contains("//"), "every script is same-origin, so script-src 'self' covers it");
        Assert.That(policy, Does.Contain("script-src 'self' 'unsafe-inline'"), "Scalar's inline initializer must run");
        foreach (var script in scripts)
        {
            var url = new Uri(docs.RequestMessage!.RequestUri!, script);
            Assert.That((await client.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK), url.ToString());
        }
    }

    [Test]
    public async Task PersonalResponsesAreNeverStoredButContentMayBeRevalidated()
    {
        var learner = await Api.LearnerAsync();
        var login = await Api.Anonymous().PostAsJsonAsync(Api.Route(LoginRequest.Route), new { login = "learner", password = "a-long-enough-passphrase" });
        var me = await learner.GetAsync(Api.Route(GetMeEndpoint.Route));
        var hierarchy = await learner.GetAsync(Api.Route(GetHierarchyRequest.Route));

        Assert.Multiple(() =>
        {
            Assert.That(login.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(me.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(hierarchy.Headers.CacheControl?.NoStore, Is.Not.True);
        });
    }

    [Test]
    public async Task CorsIsOffInDevelopmentUnlessConfigured()
    {
        await using var development = new ApiFactory(new Dictionary<string, string?> { ["environment"] = "Development" });
        var client = Api.Anonymous(development);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, Api.Route(GetHierarchyRequest.Route));
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var get = new HttpRequestMessage(HttpMethod.Get, Api.Route(GetHierarchyRequest.Route));
        get.Headers.Add("Origin", "https://evil.example");

        var responses = new[] { await client.SendAsync(preflight), await client.SendAsync(get) };

        Assert.That(responses.Select(r => r.Headers.Contains("Access-Control-Allow-Origin")), Is.All.False);
    }

    [Test]
    public async Task EachUserHasTheirOwnRequestBudget()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["RateLimits:PerUserPerMinute"] = "3" });
        var busy = Api.WithToken(Api.Anonymous(factory), (await Api.LoginAsync((await LearnerNamed("busy")), "a-long-enough-passphrase")).AccessToken);
        var calm = Api.WithToken(Api.Anonymous(factory), (await Api.LoginAsync((await LearnerNamed("calm")), "a-long-enough-passphrase")).AccessToken);

        for (var i = 0; i < 3; i++)
            (await busy.GetAsync(Api.Route(GetMeEndpoint.Route))).EnsureSuccessStatusCode();
        var over = await busy.GetAsync(Api.Route(GetMeEndpoint.Route));
        var other = await calm.GetAsync(Api.Route(GetMeEndpoint.Route));

        await over.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.That(over.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<string> LearnerNamed(string name)
    {
        await Api.LearnerAsync(name);
        return name;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSources();
}
