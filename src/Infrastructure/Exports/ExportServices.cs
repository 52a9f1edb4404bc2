using AdaptiveLearning.Application.Exports;
using AdaptiveLearning.Application.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Exports;

/// <summary>Everything export jobs need from Infrastructure.</summary>
internal static class ExportServices
{
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Exports").Get<ExportOptions>() ?? new ExportOptions());
        services.AddSingleton<ExportFiles>();
        services.AddScoped<IExportJobs, ExportJobs>();
        services.AddScoped<IJobHandler, ExportJobHandler>();
        return services;
    }
}
