using AdaptiveLearning.Application.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Mail;

internal static class MailServices
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions());
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<SmtpMailSender>();
        services.AddScoped<IJobHandler, MailJobHandler>();
        return services;
    }
}
