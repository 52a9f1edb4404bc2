using AdaptiveLearning.Application.Adaptive.Scoring;
using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Models;
using AdaptiveLearning.Application.Scheduler;
using AdaptiveLearning.Domain.Adaptive;
using AdaptiveLearning.Infrastructure.MachineLearning;
using AdaptiveLearning.Infrastructure.Scheduler;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Adaptive;

public static class AdaptiveServices
{
    /// <summary>
    /// Knowledge tracing, IRT, placement, the next-question score, the correctness model and FSRS optimisation.
    /// Options are read when first resolved, so test hosts can override them.
    /// </summary>
    public static IServiceCollection AddAdaptive(this IServiceCollection services)
    {
        services.AddSingleton(sp => Bind<AdaptiveOptions>(sp, AdaptiveOptions.Section) ?? new AdaptiveOptions());
        services.AddSingleton(sp => Bind<ScoreWeights>(sp, "Adaptive:Weights") ?? ScoreWeights.Default);
        services.AddSingleton(sp => Bind<PlacementOptions>(sp, "Adaptive:Placement") ?? PlacementOptions.Default);
        services.AddSingleton(sp => Bind<ModelTrainingOptions>(sp, ModelTrainingOptions.Section) ?? new ModelTrainingOptions());

        services.AddSingleton(_ => new CorrectnessModelHolder());
        services.AddSingleton(sp => new CorrectnessModelStore(sp.GetRequiredService<ModelTrainingOptions>().Directory));
        services.AddSingleton<CorrectnessModels>();
        services.AddSingleton<ICorrectnessModels>(sp => sp.GetRequiredService<CorrectnessModels>());
        services.AddSingleton<ICorrectnessPredictor>(sp => sp.GetRequiredService<CorrectnessModels>());
        services.AddHostedService<ModelRefreshWorker>();

        // A singleton: the learner models kept between requests read through it.
        services.AddSingleton<IAdaptiveQueries, AdaptiveQueries>();
        services.AddSingleton<LearnerModelCache>();
        services.AddSingleton<ILearnerModels>(sp => sp.GetRequiredService<LearnerModelCache>());
        services.AddScoped<IAttemptLog, AttemptLog>();
        services.AddScoped<IAdaptiveStore, AdaptiveStore>();
        services.AddScoped<ISchedulerQueries, SchedulerQueries>();
        return services;
    }

    private static T? Bind<T>(IServiceProvider services, string section) =>
        services.GetRequiredService<IConfiguration>().GetSection(section).Get<T>();
}
