using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class AuthSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task RegisterSignInReadProfileRefreshAndSignOut()
    {
        var client = NewClient();

        var account = await client.Auth.RegisterAsync(new RegisterRequest { Email = "ada@example.test", Username = "ada", Password = Password });
        var tokens = await client.SignInAsync("ada", Password);
        var me = await client.Users.GetMeAsync();
        var rotated = await client.Auth.RefreshAsync(new RefreshRequest { RefreshToken = tokens.RefreshToken });
        client.Session.Use(rotated);
        await client.SignOutAsync();
        var afterLogout = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            client.Auth.RefreshAsync(new RefreshRequest { RefreshToken = rotated.RefreshToken }));

        Assert.Multiple(() =>
        {
            Assert.That(me.Id, Is.EqualTo(account.Id));
            Assert.That(me.Username, Is.EqualTo("ada"));
            Assert.That(me.Role, Is.EqualTo(Role.Learner));
            Assert.That(me.Settings.Scheduler, Is.EqualTo("fsrs"));
            Assert.That(tokens.ExpiresIn, Is.EqualTo(15 * 60));
            Assert.That(rotated.RefreshToken, Is.Not.EqualTo(tokens.RefreshToken));
            Assert.That(client.Session.Tokens, Is.Null, "signed out");
            Assert.That(afterLogout!.Code, Is.EqualTo("invalid_refresh_token"));
        });
    }

    [Test]
    public async Task ClientWithCredentialsLogsInByItself()
    {
        var client = await NewLearnerAsync("bob");

        var me = await client.Users.GetMeAsync();

        Assert.That(me.Username, Is.EqualTo("bob"));
        Assert.That(client.Session.Tokens, Is.Not.Null);
    }

    [Test]
    public async Task AccessTokenNearExpiryIsRefreshedBeforeTheCall()
    {
        await NewLearnerAsync("carol");
        var clock = new ManualClock();
        var client = NewClient(clock: clock); // no credentials: only a refresh can renew the token
        var first = await client.SignInAsync("carol", Password);

        clock.Advance(TimeSpan.FromMinutes(15));
        var me = await client.Users.GetMeAsync();

        Assert.That(me.Username, Is.EqualTo("carol"));
        Assert.That(client.Session.Tokens!.RefreshToken, Is.Not.EqualTo(first.RefreshToken), "rotated by a refresh");
    }

    [Test]
    public async Task RejectedAccessTokenIsRenewedAndTheCallSentAgain()
    {
        await NewLearnerAsync("dave");
        var client = NewClient();
        var real = await client.SignInAsync("dave", Password);
        client.Session.Use(new TokenResponse { AccessToken = "revoked.or.forged", RefreshToken = real.RefreshToken, ExpiresIn = 900, TokenType = "Bearer" });

        var me = await client.Users.GetMeAsync();

        Assert.That(me.Username, Is.EqualTo("dave"));
        Assert.That(client.Session.Tokens!.AccessToken, Is.Not.EqualTo("revoked.or.forged"));
    }

    [Test]
    public async Task ExpiredRefreshTokenFallsBackToLoginWithTheConfiguredCredentials()
    {
        var client = await NewLearnerAsync("erin");
        await client.Users.GetMeAsync();
        client.Session.Use(new TokenResponse { AccessToken = "expired", RefreshToken = "no-longer-valid", ExpiresIn = 0, TokenType = "Bearer" });

        var me = await client.Users.GetMeAsync();

        Assert.That(me.Username, Is.EqualTo("erin"));
    }

    [Test]
    public async Task ProblemsArriveAsTypedExceptionsWithCodeTraceIdAndFieldErrors()
    {
        var client = NewClient();
        await client.Auth.RegisterAsync(new RegisterRequest { Email = "fay@example.test", Username = "fay", Password = Password });

        var invalid = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            client.Auth.RegisterAsync(new RegisterRequest { Email = "not-an-email", Username = "x", Password = Password }));
        var taken = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            client.Auth.RegisterAsync(new RegisterRequest { Email = "FAY@example.test", Username = "other", Password = Password }));
        var wrong = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => client.SignInAsync("fay", "wrong-password-123"));

        Assert.Multiple(() =>
        {
            Assert.That(invalid!.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid.Code, Is.EqualTo("validation_failed"));
            Assert.That(invalid.Errors.Keys, Is.SupersetOf(new[] { "email", "username" }));
            Assert.That(invalid.TraceId, Is.Not.Null.And.Not.Empty);
            Assert.That(taken!.Status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(taken.Code, Is.EqualTo("email_taken"));
            Assert.That(wrong!.Code, Is.EqualTo("invalid_credentials"));
        });
    }

    [Test]
    public async Task CallNeedingASignInWithoutCredentialsSaysHowToSignIn()
    {
        var client = NewClient();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.Users.GetMeAsync());

        Assert.That(error!.Message, Does.Contain("SignInAsync"));
    }
}
