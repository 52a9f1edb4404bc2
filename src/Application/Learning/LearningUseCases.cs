using AdaptiveLearning.Application.Answers;
using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Application.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Application.Learning;

public static class LearningUseCases
{
    /// <summary>The learning loop's shared helpers (handlers themselves are found by the scan in AddApplication).</summary>
    public static IServiceCollection AddLearningUseCases(this IServiceCollection services)
    {
        services.AddScoped<SessionLoader>();
        services.AddScoped<AnswerRecorder>();
        services.AddScoped<IMasteryEstimator, Adaptive.Tracing.BktMastery>();
        return services;
    }
}
