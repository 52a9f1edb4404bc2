using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Client.Models;

using LoginRequest = AdaptiveLearning.Api.Features.Auth.Login.LoginRequest;
using LogoutRequest = AdaptiveLearning.Api.Features.Auth.Logout.LogoutRequest;
using RefreshRequest = AdaptiveLearning.Api.Features.Auth.Refresh.RefreshRequest;
using RegisterRequest = AdaptiveLearning.Api.Features.Auth.Register.RegisterRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Auth;

public sealed class AuthFlowTests : TestBase
{
    private const string Password = Api.Password;

    [Test]
    public async Task RegisterLoginRefreshAndLogoutWorkEndToEnd()
    {
        var anonymous = Api.Anonymous();
        var register = await anonymous.PostJsonAsync(RegisterRequest.Route,
            new Wire.RegisterRequest { Email = "Ada@Example.test", Username = "ada", Password = Password });
        Assert.That(register.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var tokens = await Api.LoginAsync("ada@example.test", Password);
        var me = await Api.WithToken(tokens.AccessToken).GetAsAsync<UserProfile>(GetMeEndpoint.Route);
        Assert.Multiple(() =>
        {
            Assert.That(me.Username, Is.EqualTo("ada"));
            Assert.That(me.Role, Is.EqualTo(Role.Learner));
            Assert.That(tokens.ExpiresIn, Is.EqualTo(15 * 60));
        });

        var rotated = await anonymous.PostAsAsync<TokenResponse>(RefreshRequest.Route, new Wire.RefreshRequest { RefreshToken = tokens.RefreshToken });
        Assert.That(rotated.RefreshToken, Is.Not.EqualTo(tokens.RefreshToken));

        var reuse = await anonymous.PostJsonAsync(RefreshRequest.Route, new Wire.RefreshRequest { RefreshToken = tokens.RefreshToken });
        await reuse.AssertProblemAsync(HttpStatusCode.Unauthorized, "refresh_token_reused");

        // The reuse revoked the whole family, including the token rotated a moment ago.
        var familyRevoked = await anonymous.PostJsonAsync(RefreshRequest.Route, new Wire.RefreshRequest { RefreshToken = rotated.RefreshToken });
        await familyRevoked.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    [Test]
    public async Task LogoutRevokesTheRefreshToken()
    {
        await Api.LearnerAsync("bob");
        var tokens = await Api.LoginAsync("bob", Password);

        var logout = await Api.WithToken(tokens.AccessToken).PostJsonAsync(LogoutRequest.Route, new Wire.LogoutRequest { RefreshToken = tokens.RefreshToken });
        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var refresh = await Api.Anonymous().PostJsonAsync(RefreshRequest.Route, new Wire.RefreshRequest { RefreshToken = tokens.RefreshToken });
        await refresh.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    [Test]
    public async Task EmailAndUsernameAreUniqueIgnoringCase()
    {
        await Api.LearnerAsync("carol");

        var sameEmail = await Api.Anonymous().PostJsonAsync(RegisterRequest.Route,
            new Wire.RegisterRequest { Email = "CAROL@example.test", Username = "other", Password = Password });
        await sameEmail.AssertProblemAsync(HttpStatusCode.Conflict, "email_taken");

        var sameUsername = await Api.Anonymous().PostJsonAsync(RegisterRequest.Route,
            new Wire.RegisterRequest { Email = "x@example.test", Username = "CaRoL", Password = Password });
        await sameUsername.AssertProblemAsync(HttpStatusCode.Conflict, "username_taken");
    }

    [TestCase("short1")]
    [TestCase("1234567890")]
    [TestCase("password123")]
    public async Task WeakPasswordsAreRefusedWithAFieldError(string password)
    {
        var response = await Api.Anonymous().PostJsonAsync(RegisterRequest.Route,
            new Wire.RegisterRequest { Email = "dan@example.test", Username = "dan", Password = password });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.FieldErrors(), Does.Contain("password"));
    }

    [Test]
    public async Task UnknownLoginGetsTheSameAnswerAsAWrongPassword()
    {
        var response = await Api.Anonymous().PostJsonAsync(LoginRequest.Route, new Wire.LoginRequest { Login = "nobody", Password = Password });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Test]
    public async Task ConfiguredAdminCanLogInWithTheAdminRole()
    {
        var admin = await Api.AdminAsync();

        var me = await admin.GetAsAsync<UserProfile>(GetMeEndpoint.Route);

        Assert.That(me.Role, Is.EqualTo(Role.Admin));
    }
}
