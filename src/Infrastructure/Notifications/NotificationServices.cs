using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Application.Notifications;
using AdaptiveLearning.Application.Users;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Notifications;

/// <summary>The feed, the preferences, and the reminder job with its schedule.</summary>
internal static class NotificationServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<INotificationStore, NotificationStore>();
        services.AddScoped<IReminderStore, ReminderStore>();
        services.AddScoped<IPersonalDataSource, NotificationPersonalData>();
        services.AddScoped<IJobHandler, ReminderJobHandler>();
        services.AddHostedService<ReminderSchedule>();
        return services;
    }
}
