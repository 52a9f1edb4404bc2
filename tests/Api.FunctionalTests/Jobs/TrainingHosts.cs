using AdaptiveLearning.Application.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Api.FunctionalTests.Jobs;

/// <summary>More API instances on the test database, sharing a model directory as production instances do.</summary>
internal static class TrainingHosts
{
    public static string NewModelDirectory() => Path.Combine(Path.GetTempPath(), "adaptive-models-" + Guid.NewGuid().ToString("N"));

    /// <param name="trains">Whether its job worker claims training jobs; the fixture's hosts never do.</param>
    /// <param name="settings">More configuration, e.g. to turn automatic retraining on.</param>
    public static WebApplicationFactory<Program> Start(string modelDirectory, bool trains,
        Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = Fixture.Api.WithWebHostBuilder(b =>
        {
            b.UseSetting("Adaptive:Models:Directory", modelDirectory);
            b.UseSetting("Jobs:SkipKinds", trains ? "" : CorrectnessTrainingJob.Kind);
            // Instances look for models the others trained every second instead of every minute.
            b.UseSetting("Adaptive:Models:PollSeconds", "1");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                b.UseSetting(key, value);
            if (services is not null)
                b.ConfigureTestServices(services);
        });
        _ = host.Services; // starts it, with its workers
        return host;
    }
}
