using AdaptiveLearning.Api.Features.Auth;
using AdaptiveLearning.Api.Features.Auth.Login;
using AdaptiveLearning.Api.Features.Auth.Logout;
using AdaptiveLearning.Api.Features.Auth.Refresh;
using AdaptiveLearning.Api.Features.Auth.Register;
using AdaptiveLearning.Api.Features.Users.GetMe;
using System.Text.Json;

namespace AdaptiveLearning.Api.FunctionalTests.Auth;

public sealed class AuthFlowTests : TestBase
{
    private const string Password = "a-long-enough-passphrase";

    [Test]
    public async Task RegisterLoginRefreshAndLogoutWorkEndToEnd()
    {
        var anonymous = Api.Anonymous();
        var register = await anonymous.PostAsJsonAsync(Api.Route(RegisterRequest.Route),
            new { email = "Ada@Example.test", username = "ada", password = Password });
        Assert.That(register.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var tokens = await Api.LoginAsync("ada@example.test", Password);
        var me = await Api.WithToken(tokens.AccessToken).GetFromJsonAsync<JsonElement>(Api.Route(GetMeEndpoint.Route));
        Assert.Multiple(() =>
        {
            Assert.That(me.GetProperty("username").GetString(), Is.EqualTo("ada"));
            Assert.That(me.GetProperty("role").GetString(), Is.EqualTo("learner"));
            Assert.That(tokens.ExpiresIn, Is.EqualTo(15 * 60));
        });

        var refreshed = await anonymous.PostAsJsonAsync(Api.Route(RefreshRequest.Route), new { refreshToken = tokens.RefreshToken });
        var rotated = (await refreshed.Content.ReadFromJsonAsync<TokenResponse>())!;
        Assert.That(rotated.RefreshToken, Is.Not.EqualTo(tokens.RefreshToken));

        var reuse = await anonymous.PostAsJsonAsync(Api.Route(RefreshRequest.Route), new { refreshToken = tokens.RefreshToken });
        await reuse.AssertProblemAsync(HttpStatusCode.Unauthorized, "refresh_token_reused");

        // The reuse revoked the whole family, including the token rotated a moment ago.
        var familyRevoked = await anonymous.PostAsJsonAsync(Api.Route(RefreshRequest.Route), new { refreshToken = rotated.RefreshToken });
        await familyRevoked.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    [Test]
    public async Task LogoutRevokesTheRefreshToken()
    {
        await Api.LearnerAsync("bob");
        var tokens = await Api.LoginAsync("bob", Password);

        var logout = await Api.WithToken(tokens.AccessToken).PostAsJsonAsync(Api.Route(LogoutRequest.Route), new { refreshToken = tokens.RefreshToken });
        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var refresh = await Api.Anonymous().PostAsJsonAsync(Api.Route(RefreshRequest.Route), new { refreshToken = tokens.RefreshToken });
        await refresh.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    [Test]
    public async Task EmailAndUsernameAreUniqueIgnoringCase()
    {
        await Api.LearnerAsync("carol");

        var sameEmail = await Api.Anonymous().PostAsJsonAsync(Api.Route(RegisterRequest.Route),
            new { email = "CAROL@example.test", username = "other", password = Password });
        await sameEmail.AssertProblemAsync(HttpStatusCode.Conflict, "email_taken");

        var sameUsername = await Api.Anonymous().PostAsJsonAsync(Api.Route(RegisterRequest.Route),
            new { email = "x@example.test", username = "CaRoL", password = Password });
        await sameUsername.AssertProblemAsync(HttpStatusCode.Conflict, "username_taken");
    }

    [TestCase("short1")]
    [TestCase("1234567890")]
    [TestCase("password123")]
    public async Task WeakPasswordsAreRefusedWithAFieldError(string password)
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Api.Route(RegisterRequest.Route),
            new { email = "dan@example.test", username = "dan", password });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.GetProperty("errors").TryGetProperty("password", out _), Is.True);
    }

    [Test]
    public async Task UnknownLoginGetsTheSameAnswerAsAWrongPassword()
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Api.Route(LoginRequest.Route), new { login = "nobody", password = Password });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Test]
    public async Task ConfiguredAdminCanLogInWithTheAdminRole()
    {
        var admin = await Api.AdminAsync();

        var me = await admin.GetFromJsonAsync<JsonElement>(Api.Route(GetMeEndpoint.Route));

        Assert.That(me.GetProperty("role").GetString(), Is.EqualTo("admin"));
    }
}
