using AdaptiveLearning.Api.Features.Auth.Login;

namespace AdaptiveLearning.Api.FunctionalTests.Auth;

/// <summary>Issue #14: a stranger's wrong passwords throttle the stranger, while the owner still signs in.</summary>
public sealed class LoginThrottleTests : TestBase
{
    private const string Password = "a-long-enough-passphrase";
    private const string Stranger = "203.0.113.66";
    private const string Owner = "198.51.100.7";

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string login, string password) =>
        client.PostAsJsonAsync(Api.Route(LoginRequest.Route), new { login, password });

    [Test]
    public async Task AStrangersWrongPasswordsDoNotLockTheOwnerOut()
    {
        await Api.LearnerAsync("eve");
        var stranger = TestClientAddress.From(Stranger);
        var failures = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
            failures.Add(await LoginAsync(stranger, "eve", "wrong-password-" + i));

        var owner = await LoginAsync(TestClientAddress.From(Owner), "eve", Password);

        for (var i = 0; i < 5; i++)
            await failures[i].AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        await failures[5].AssertProblemAsync(HttpStatusCode.TooManyRequests, "login_throttled");
        Assert.That(failures[5].Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.OK), await owner.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task BruteForceStaysThrottledEvenWhenItFindsThePassword()
    {
        await Api.LearnerAsync("eve");
        var stranger = TestClientAddress.From(Stranger);
        for (var i = 0; i < 5; i++)
            await LoginAsync(stranger, "eve", "wrong-password-" + i);

        var guessedRight = await LoginAsync(stranger, "eve", Password);

        await guessedRight.AssertProblemAsync(HttpStatusCode.TooManyRequests, "login_throttled");
    }

    [Test]
    public async Task ManyFailingClientsAreSlowedDownWhileACleanClientSignsIn()
    {
        await Api.LearnerAsync("eve");
        for (var i = 1; i <= 8; i++)
            await LoginAsync(TestClientAddress.From($"203.0.113.{i}"), "eve", "wrong-password");

        var botAgain = await LoginAsync(TestClientAddress.From("203.0.113.1"), "eve", "another-wrong-password");
        var owner = await LoginAsync(TestClientAddress.From(Owner), "eve", Password);

        await botAgain.AssertProblemAsync(HttpStatusCode.TooManyRequests, "login_throttled");
        Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.OK), await owner.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task UnknownLoginsAreThrottledLikeRealOnesSoThrottlingRevealsNoAccount()
    {
        var stranger = TestClientAddress.From(Stranger);
        for (var i = 0; i < 5; i++)
            await LoginAsync(stranger, "nobody", "wrong-password-" + i);

        var sixth = await LoginAsync(stranger, "nobody", "wrong-password");

        await sixth.AssertProblemAsync(HttpStatusCode.TooManyRequests, "login_throttled");
    }

    [Test]
    public async Task SprayingManyAccountsFromOneClientIsThrottled()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Auth:LoginThrottle:FailuresPerClient"] = "3" });
        var sprayer = TestClientAddress.From(Stranger, factory);
        var statuses = new List<HttpStatusCode>();
        foreach (var login in new[] { "ann", "bob", "cid", "dan" })
            statuses.Add((await LoginAsync(sprayer, login, "Summer2026!")).StatusCode);

        var elsewhere = await LoginAsync(TestClientAddress.From(Owner, factory), "eve", "Summer2026!");

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "other clients are not affected");
    }
}
