using AdaptiveLearning.Application.Auth.EnsureAdmin;
using AdaptiveLearning.Application.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdaptiveLearning.Infrastructure.Persistence;

/// <summary>Brings the schema up to date and creates the configured first admin before requests are served.</summary>
internal sealed class StartupTasks(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        // A missing key stops startup outside Development here, rather than failing the first enrolment.
        services.GetRequiredService<Auth.SecretProtectionKey>();
        if (configuration.GetValue("Database:MigrateOnStartup", true))
            await services.GetRequiredService<Migrator>().MigrateAsync(ct);

        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IHandler<EnsureAdminCommand, Guid>>()
                .HandleAsync(new EnsureAdminCommand(email, password), ct);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
