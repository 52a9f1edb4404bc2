using AdaptiveLearning.Application.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdaptiveLearning.Application;

public static class DependencyInjection
{
    public static IHostApplicationBuilder AddApplication(this IHostApplicationBuilder builder)
    {
        builder.Services.Scan(scan => scan
            .FromAssembliesOf(typeof(DependencyInjection))
            .AddClasses(c => c.AssignableTo(typeof(IHandler<,>)), publicOnly: false)
            .As(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandler<,>)))
            .WithScopedLifetime());
        builder.Services.AddScoped<Auth.RefreshTokenFactory>();
        builder.Services.AddSingleton(builder.Configuration.GetSection(Auth.Login.LoginThrottleOptions.Section).Get<Auth.Login.LoginThrottleOptions>()
                                      ?? new Auth.Login.LoginThrottleOptions());
        builder.Services.AddSingleton<Auth.Login.LoginThrottle>();
        return builder;
    }
}
