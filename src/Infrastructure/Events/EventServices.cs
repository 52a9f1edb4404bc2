using AdaptiveLearning.Application.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Events;

internal static class EventServices
{
    public static IServiceCollection AddEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(EventOptions.Section).Get<EventOptions>() ?? new EventOptions());
        services.AddSingleton<LearnerStreams>();
        services.AddSingleton<ILearnerEventStream>(sp => sp.GetRequiredService<LearnerStreams>());
        services.AddSingleton<OutboxBatches>();
        services.AddHostedService<OutboxPublisher>();
        return services;
    }
}
