using AdaptiveLearning.Api.Features.Auth.Login;

using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Operations;

public sealed class RateLimitTests
{
    [Test]
    public async Task AuthEndpointsAreRateLimitedPerClient()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["RateLimits:AuthPerMinute"] = "3" });
        var client = Api.Anonymous(factory);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostJsonAsync(LoginRequest.Route, new Wire.LoginRequest { Login = "nobody", Password = "whatever-password" });
            statuses.Add(last.StatusCode);
        }

        Assert.That(statuses.Take(3), Is.All.EqualTo(HttpStatusCode.Unauthorized));
        await last.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
    }
}
