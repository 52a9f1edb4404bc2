using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Infrastructure.Imports.Anki;
using AdaptiveLearning.Application.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>Everything bulk import, export and upload jobs need from Infrastructure.</summary>
internal static class ImportServices
{
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddScoped<IQuestionImportStore, QuestionImportStore>();
        services.AddSingleton<IBankPackageReader, AnkiPackageReader>();
        services.AddScoped<IQuestionExportSource, QuestionExportSource>();
        services.AddScoped<IImportJobStore, ImportJobStore>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Imports").Get<ImportUploadOptions>() ?? new ImportUploadOptions());
        services.AddSingleton<ImportUploads>();
        services.AddScoped<IImportQueue, ImportQueue>();
        services.AddScoped<IJobHandler, ImportJobHandler>();
        return services;
    }
}
