using AdaptiveLearning.Api.FunctionalTests.Accounts;
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>The account lifecycle through the SDK, with the mailed tokens read from smtp4dev.</summary>
public sealed class AccountsSdkFlowTests : SdkTestBase
{
    [SetUp]
    public Task ClearMailAsync() => Mailbox.ClearAsync();

    [Test]
    public async Task VerifyResetAndManageDevicesThroughTheSdk()
    {
        var client = await NewLearnerAsync("uma");
        var verified = await client.Auth.VerifyEmailAsync(new VerifyEmailRequest
        {
            Token = await Mailbox.TokenAsync("uma@example.test", "Confirm your email address"),
        });
        var resend = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => client.Users.ResendVerificationAsync());

        await client.Auth.RequestPasswordResetAsync(new RequestPasswordResetRequest { Email = "uma@example.test" });
        await client.Auth.ConfirmPasswordResetAsync(new ConfirmPasswordResetRequest
        {
            Token = await Mailbox.TokenAsync("uma@example.test", "Reset your password"),
            NewPassword = "reset-passphrase-for-the-sdk",
        });
        var again = NewClient("uma", "reset-passphrase-for-the-sdk");
        var changed = await again.Users.ChangePasswordAsync(new ChangePasswordRequest
        {
            CurrentPassword = "reset-passphrase-for-the-sdk", NewPassword = "changed-passphrase-for-the-sdk",
        });
        var other = NewClient("uma", "changed-passphrase-for-the-sdk");
        var sessions = await other.Users.ListSessionsAsync();
        var mine = sessions.Items.Single(s => s.Current);
        var notMine = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => other.Users.RevokeSessionAsync(Guid.NewGuid()));
        await other.Users.RevokeSessionAsync(sessions.Items.First(s => !s.Current).Id);
        await other.Users.ChangeEmailAsync(new ChangeEmailRequest { NewEmail = "uma@new.test", CurrentPassword = "changed-passphrase-for-the-sdk" });
        var moved = await other.Auth.VerifyEmailAsync(new VerifyEmailRequest { Token = await Mailbox.TokenAsync("uma@new.test", "Confirm your email address") });

        Assert.Multiple(() =>
        {
            Assert.That(verified.Email, Is.EqualTo("uma@example.test"));
            Assert.That(resend!.Code, Is.EqualTo(ErrorCodes.EmailAlreadyVerified));
            Assert.That(changed.AccessToken, Is.Not.Empty);
            Assert.That(sessions.Items, Has.Count.EqualTo(2), "the device that changed the password and this one");
            Assert.That(mine.Id, Is.Not.EqualTo(Guid.Empty));
            Assert.That(notMine!.Code, Is.EqualTo(ErrorCodes.NotFound));
            Assert.That(moved.Email, Is.EqualTo("uma@new.test"));
        });
    }
}
