using Wire = AdaptiveLearning.Client.Models;
using System.Text.Json;
using AdaptiveLearning.Api.Features.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

public sealed class TrainingJobCapTests : TestBase
{
    /// <summary>Issue #14's probe counted 10 concurrent training requests as 10 accepted runs: they share one waiting job.</summary>
    [Test]
    public async Task ConcurrentTrainingRequestsShareTheWaitingJob()
    {
        var admin = await Api.AdminAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => admin.PostAsync(Api.Route(ModelRoutes.TrainCorrectness), null)));
        var jobs = await Task.WhenAll(responses.Select(async r => (await r.ReadAsAsync<Wire.TrainingJob>(HttpStatusCode.Accepted)).Id));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Accepted));
        // No host of the fixture trains, so the first request's job is still waiting for all the others.
        Assert.That(jobs.Distinct().Count(), Is.EqualTo(1), "one waiting job");
    }
}
