using AdaptiveLearning.Application.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Jobs;

internal static class JobServices
{
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Jobs").Get<JobOptions>() ?? new JobOptions());
        services.AddSingleton<JobStore>();
        services.AddSingleton<IJobQueue>(sp => sp.GetRequiredService<JobStore>());
        services.AddHostedService<JobWorker>();
        return services;
    }
}
