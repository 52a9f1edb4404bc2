using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Observability;

internal static class ObservabilityServices
{
    public static IServiceCollection AddObservability(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<OperationalMetrics>();
        services.AddSingleton<DatabaseStatusReader>();
        // The refresher needs OperationalMetrics, so the instruments exist from startup, before the first answer or cache read.
        services.AddHostedService<DatabaseStatusRefresher>();
        return services;
    }
}
