using AdaptiveLearning.Application.Adaptive.Placement;
using AdaptiveLearning.Application.Adaptive.Scoring;
using AdaptiveLearning.Application.Models;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Application.Adaptive;

public static class AdaptiveUseCases
{
    /// <summary>The adaptive engine's shared helpers (handlers themselves are found by the scan in AddApplication).</summary>
    public static IServiceCollection AddAdaptiveUseCases(this IServiceCollection services)
    {
        services.AddScoped<PlacementRunner>();
        services.AddScoped<PlacementCompletion>();
        services.AddScoped<NextQuestionScoring>();
        services.AddSingleton<TrainingJobs>();
        return services;
    }
}
