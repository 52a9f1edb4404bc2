using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>Item statistics: the refresh job, its schedule and the reads of its tables.</summary>
internal static class ItemStatsServices
{
    public static IServiceCollection AddItemStats(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(ItemStatsOptions.Section).Get<ItemStatsOptions>()
                                    ?? new ItemStatsOptions());
        services.AddScoped<ItemStatsSummaries>();
        services.AddScoped<ItemStatsAggregation>();
        services.AddScoped<IJobHandler, ItemStatsJobHandler>();
        services.AddScoped<IItemStatsQueries, ItemStatsQueries>();
        services.AddHostedService<ItemStatsSchedule>();
        return services;
    }
}
