using AdaptiveLearning.Application.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Webhooks;

internal static class WebhookServices
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions());
        services.AddSingleton<WebhookTargets>();
        services.AddSingleton<IWebhookTargets>(sp => sp.GetRequiredService<WebhookTargets>());
        services.AddSingleton<WebhookConnector>();
        services.AddSingleton<WebhookHttp>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDeliveries>();
        services.AddScoped<IWebhookStore, WebhookStore>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
