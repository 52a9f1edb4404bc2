using AdaptiveLearning.Api.FunctionalTests.Auth;
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>An integrator's view of TOTP: enrol through IUsersApi, catch the typed mfa_required exception, finish the sign-in.</summary>
public sealed class TwoStepSignInSdkTests : SdkTestBase
{
    [Test]
    public async Task SignInThrowsATypedExceptionWhoseChallengeFinishesTheSignIn()
    {
        var (_, authenticator, recoveryCodes) = await EnrolledLearnerAsync("eli");
        var client = NewClient();

        var mfa = await Assert.ThrowsAsync<AdaptiveLearningMfaRequiredException>(() => client.SignInAsync("eli", Password));
        var tokens = await client.CompleteSignInAsync(mfa!.Challenge, await authenticator.NextCodeAsync());
        var me = await client.Users.GetMeAsync();

        var second = NewClient();
        var again = await Assert.ThrowsAsync<AdaptiveLearningMfaRequiredException>(() => second.SignInAsync("eli", Password));
        await second.CompleteSignInWithRecoveryCodeAsync(again!.Challenge, recoveryCodes[0]);
        var third = NewClient();
        var once = await Assert.ThrowsAsync<AdaptiveLearningMfaRequiredException>(() => third.SignInAsync("eli", Password));
        var reused = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => third.CompleteSignInWithRecoveryCodeAsync(once!.Challenge, recoveryCodes[0]));

        Assert.Multiple(() =>
        {
            Assert.That(mfa.Code, Is.EqualTo(ErrorCodes.MfaRequired));
            Assert.That(mfa.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(client.Session.Tokens?.AccessToken, Is.EqualTo(tokens.AccessToken), "the client keeps the tokens");
            Assert.That(me.MfaEnabled, Is.True);
            Assert.That(second.Session.Tokens, Is.Not.Null);
            Assert.That(reused!.Code, Is.EqualTo(ErrorCodes.InvalidMfaCode));
        });
    }

    [Test]
    public async Task DisablingKeepsThisClientSignedInWhileOtherSessionsEnd()
    {
        var (client, authenticator, _) = await EnrolledLearnerAsync("fay");
        var other = NewClient();
        var mfa = await Assert.ThrowsAsync<AdaptiveLearningMfaRequiredException>(() => other.SignInAsync("fay", Password));
        await other.CompleteSignInAsync(mfa!.Challenge, await authenticator.NextCodeAsync());

        await client.DisableTotpAndKeepSessionAsync(new DisableTotpRequest { Password = Password, Code = await authenticator.NextCodeAsync() });
        var me = await client.Users.GetMeAsync();
        var signedOut = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => other.Users.GetMeAsync());

        Assert.That(me.MfaEnabled, Is.False);
        Assert.That(signedOut!.Code, Is.AnyOf(ErrorCodes.TokenRevoked, ErrorCodes.InvalidRefreshToken));
    }

    private async Task<(AdaptiveLearningClient Client, Authenticator Authenticator, IReadOnlyList<string> RecoveryCodes)> EnrolledLearnerAsync(string name)
    {
        var client = await NewLearnerAsync(name);
        var enrollment = await client.Users.EnrollTotpAsync(new EnrollTotpRequest { Password = Password });
        var authenticator = new Authenticator(enrollment.Secret);
        var confirmed = await client.Users.ConfirmTotpAsync(new ConfirmTotpRequest { Code = await authenticator.NextCodeAsync() });
        return (client, authenticator, confirmed.RecoveryCodes.ToList());
    }
}
