using AdaptiveLearning.Api.Features.Models;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

internal static class ModelTraining
{
    /// <summary>Starts a training job as an admin and polls it until it finishes; returns the finished job.</summary>
    public static async Task<TrainingJob> TrainAsync(HttpClient admin)
    {
        var started = await admin.PostJsonAsync(ModelRoutes.TrainCorrectness);
        var job = await started.ReadAsAsync<TrainingJob>(HttpStatusCode.Accepted);
        var location = started.Headers.Location!.ToString();
        for (var poll = 0; poll < 600; poll++)
        {
            if (job.Status is TrainingJobStatus.Succeeded or TrainingJobStatus.Failed)
                return job;
            await Task.Delay(100);
            job = await (await admin.GetAsync(location)).ReadAsAsync<TrainingJob>();
        }

        Assert.Fail("The training job did not finish within a minute.");
        return job;
    }
}
