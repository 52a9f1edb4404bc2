using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>Whatever goes wrong, the caller catches one exception type and switches on its code.</summary>
public sealed class ErrorsSdkTests : SdkTestBase
{
    [Test]
    public async Task AProblemResponseCarriesItsDocumentedCode()
    {
        await NewLearnerAsync("ivy");

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => NewClient().Auth.RegisterAsync(
            new RegisterRequest { Email = "ivy@example.test", Username = "ivy2", Password = Password }));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.EmailTaken));
        Assert.That(error.IsTransient, Is.False);
    }

    [Test]
    public async Task AnUnreachableServerIsATransportError()
    {
        var stub = new StubHandler((_, _) => throw new HttpRequestException("Connection refused"));
        var client = StubbedClient(stub, o => o.MaxRetryAttempts = 1);

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => client.Users.GetMeAsync());

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.TransportError));
        Assert.That((int)error.Status, Is.Zero);
        Assert.That(error.IsTransient, Is.True);
        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(stub.Requests, Is.EqualTo(2), "a read is retried before giving up");
    }

    [Test]
    public async Task AServerThatNeverAnswersIsATimeout()
    {
        var stub = new StubHandler(async (request, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request };
        });
        var client = StubbedClient(stub, o => o.NetworkTimeout = TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => client.Users.GetMeAsync());

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.Timeout));
    }

    [Test]
    public async Task CancellingTheCallStaysACancellation()
    {
        var stub = new StubHandler(async (request, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request };
        });
        var client = StubbedClient(stub);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Exception? caught = null;
        try
        {
            await client.Users.GetMeAsync(cancel.Token);
        }
        catch (Exception e)
        {
            caught = e;
        }

        Assert.That(caught, Is.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task ABodyThatIsNotTheExpectedModelIsAnInvalidResponse()
    {
        var client = StubbedClient(StubHandler.Json("<html>gateway says hi</html>"));

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => client.Users.GetMeAsync());

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.InvalidResponse));
        Assert.That(error.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AnErrorWithoutAProblemDocumentGetsAnHttpStatusCode()
    {
        var client = StubbedClient(StubHandler.Json("bad gateway", HttpStatusCode.BadGateway, "text/plain"), o => o.MaxRetryAttempts = 0);

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => client.Users.GetMeAsync());

        Assert.That(error!.Code, Is.EqualTo("http_502"));
        Assert.That(error.IsTransient, Is.True);
    }
}
