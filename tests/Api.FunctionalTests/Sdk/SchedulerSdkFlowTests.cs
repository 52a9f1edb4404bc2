using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class SchedulerSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task ANewLearnerKeepsTheDefaultParametersAndCanForecastTheirWorkload()
    {
        var learner = await NewLearnerAsync("newbie");

        var parameters = await learner.Scheduler.OptimizeSchedulerAsync();
        var forecast = await learner.Scheduler.SimulateWorkloadAsync(new SimulateWorkloadRequest { DesiredRetention = 0.9, Days = 14, NewCardsPerDay = 10 });
        var ability = await learner.Progress.GetAbilityAsync();

        Assert.Multiple(() =>
        {
            Assert.That(parameters.Personalised, Is.False);
            Assert.That(parameters.Parameters, Has.Count.EqualTo(21));
            Assert.That(forecast.Days, Has.Count.EqualTo(14));
            Assert.That(ability.Topics, Is.Empty);
        });
    }

    [Test]
    public async Task AnImpossibleRetentionIsAFieldError()
    {
        var learner = await NewLearnerAsync("dreamer");

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            learner.Scheduler.SimulateWorkloadAsync(new SimulateWorkloadRequest { DesiredRetention = 1.5, Days = 7 }));

        Assert.That(error!.Code, Is.EqualTo("validation_failed"));
    }

    [Test]
    public async Task OnlyAdminsSeeTheModels()
    {
        var learner = await NewLearnerAsync("curious");
        var admin = NewAdmin();

        var status = await admin.Models.GetCorrectnessModelAsync();
        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Models.GetCorrectnessModelAsync());

        Assert.That(status, Is.Not.Null);
        Assert.That(error!.Code, Is.EqualTo("forbidden"));
    }
}
