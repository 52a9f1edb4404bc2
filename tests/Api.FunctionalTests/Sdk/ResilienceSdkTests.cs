using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class ResilienceSdkTests : SdkTestBase
{
    [Test]
    public async Task ReadsAreRetriedAfterATransientFailure()
    {
        await NewLearnerAsync("gil");
        var flaky = new FailFirstHandler(HttpMethod.Get, failures: 2);
        var client = NewClient("gil", Password, wrap: flaky.Wrap);

        var me = await client.Users.GetMeAsync();

        Assert.That(me.Username, Is.EqualTo("gil"));
        Assert.That(flaky.Attempts, Is.EqualTo(3));
    }

    [Test]
    public async Task PostsAreNeverRetried()
    {
        var flaky = new FailFirstHandler(HttpMethod.Post, failures: 1);
        var client = NewClient(wrap: flaky.Wrap);

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            client.Auth.RegisterAsync(new RegisterRequest { Email = "hal@example.test", Username = "hal", Password = Password }));

        Assert.That(error!.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(error.Code, Is.EqualTo("http_503"));
        Assert.That(flaky.Attempts, Is.EqualTo(1), "a register that may have happened is not sent twice");
    }
}
