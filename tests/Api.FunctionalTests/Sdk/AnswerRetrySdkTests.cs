using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>Answers are the one POST the SDK resends: the client attempt id makes a resend harmless.</summary>
public sealed class AnswerRetrySdkTests : SdkTestBase
{
    [Test]
    public async Task AnAnswerWithoutAnAttemptIdGetsOneAndSurvivesATransientFailureCountedOnce()
    {
        var question = await SdkContent.PublishedMcqAsync(NewAdmin(), "Retried answer");
        await NewLearnerAsync("rae");
        var flaky = new LostResponseHandler();
        var learner = NewClient("rae", Password, wrap: flaky.Wrap);
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Learn });
        var request = new SubmitAnswerRequest { QuestionId = question.Id, Selected = ["a"], TimeSpentMs = 4_000 };

        var result = await learner.Answers.SubmitAnswerAsync(session.Id, request);
        var after = await learner.Sessions.GetSessionAsync(session.Id);

        Assert.Multiple(() =>
        {
            Assert.That(request.ClientAttemptId, Is.Not.Empty, "the SDK filled it in");
            Assert.That(flaky.AnswerPosts, Is.EqualTo(2), "sent, response lost, sent again");
            Assert.That(result.Correct, Is.True);
            Assert.That(after.Answered, Is.EqualTo(1), "the server applied it once");
            Assert.That(result.Card!.Reps, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task OtherPostsAreStillNotResent()
    {
        var flaky = new LostResponseHandler();
        var client = NewClient(wrap: flaky.Wrap);

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            client.Auth.RegisterAsync(new RegisterRequest { Email = "rio@example.test", Username = "rio", Password = Password }));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.TransportError));
        Assert.That(flaky.OtherPosts, Is.EqualTo(1));
    }

    /// <summary>Lets the first POST of each kind reach the server, then drops its response, as a broken connection would.</summary>
    private sealed class LostResponseHandler
    {
        private int _answerPosts;
        private int _otherPosts;

        public int AnswerPosts => _answerPosts;

        public int OtherPosts => _otherPosts;

        public HttpMessageHandler Wrap(HttpMessageHandler inner) => new Handler(this, inner);

        private sealed class Handler(LostResponseHandler owner, HttpMessageHandler inner) : DelegatingHandler(inner)
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
            {
                if (request.Method != HttpMethod.Post || request.RequestUri!.AbsolutePath.EndsWith("/auth/login", StringComparison.Ordinal)
                    || request.RequestUri.AbsolutePath.EndsWith("/sessions", StringComparison.Ordinal))
                    return await base.SendAsync(request, ct);
                var isAnswer = request.RequestUri.AbsolutePath.EndsWith("/answers", StringComparison.Ordinal);
                var count = isAnswer ? Interlocked.Increment(ref owner._answerPosts) : Interlocked.Increment(ref owner._otherPosts);
                var response = await base.SendAsync(request, ct);
                if (count > 1)
                    return response;
                response.Dispose();
                throw new HttpRequestException("The connection was reset after the request was sent.");
            }
        }
    }
}
