using AdaptiveLearning.Api.FunctionalTests.Learning;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

/// <summary>Each test runs its own API host with an empty model directory, so "no model yet" is a fact, not a hope.</summary>
public abstract class PrivateModelHostTestBase : LearningTestBase
{
    protected WebApplicationFactory<Program> Host { get; private set; } = null!;

    [SetUp]
    public void StartPrivateHost()
    {
        var directory = Path.Combine(Path.GetTempPath(), "adaptive-models-" + Guid.NewGuid().ToString("N"));
        Host = LearningApi.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Adaptive:Models:Directory", directory);
            b.UseSetting("Jobs:SkipKinds", ""); // the only host that trains, so training jobs fill this directory
        });
    }

    [TearDown]
    public async Task StopPrivateHostAsync() => await Host.DisposeAsync();
}
