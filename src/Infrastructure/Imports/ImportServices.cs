using AdaptiveLearning.Application.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>Everything bulk import, export and upload jobs need from Infrastructure.</summary>
internal static class ImportServices
{
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddScoped<IQuestionImportStore, QuestionImportStore>();
        services.AddScoped<IQuestionExportSource, QuestionExportSource>();
        services.AddScoped<IImportJobStore, ImportJobStore>();
        services.AddSingleton<ImportQueue>();
        services.AddSingleton<IImportQueue>(sp => sp.GetRequiredService<ImportQueue>());
        services.AddHostedService<ImportJobRunner>();
        return services;
    }
}
