using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Infrastructure.Admin;
using AdaptiveLearning.Infrastructure.Analytics;
using AdaptiveLearning.Infrastructure.Audit;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Infrastructure.Auth;
using AdaptiveLearning.Infrastructure.Auth.External;
using AdaptiveLearning.Application.Auth.External;
using AdaptiveLearning.Infrastructure.Caching;
using AdaptiveLearning.Infrastructure.Common;
using AdaptiveLearning.Infrastructure.Health;
using AdaptiveLearning.Infrastructure.Hierarchy;
using AdaptiveLearning.Infrastructure.Exports;
using AdaptiveLearning.Infrastructure.Imports;
using AdaptiveLearning.Infrastructure.Jobs;
using AdaptiveLearning.Infrastructure.Observability;
using AdaptiveLearning.Infrastructure.Persistence;
using AdaptiveLearning.Infrastructure.Questions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MySqlConnector;
using StackExchange.Redis;

namespace AdaptiveLearning.Infrastructure;

public static class DependencyInjection
{
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        DapperConfiguration.Apply();
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton<IClock, SystemClock>();
        services.AddSingleton(_ => new MySqlDataSourceBuilder(PooledConnectionString(
            configuration.GetConnectionString("Learning")
            ?? throw new InvalidOperationException("ConnectionStrings:Learning is not configured."))).Build());
        // Created on first use, never at startup: the build-time OpenAPI generator runs Program.cs without servers.
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisOptions(configuration)));

        services.AddSingleton<Migrator>();
        services.AddHostedService<StartupTasks>();

        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IRefreshTokenStore, RefreshTokenStore>();
        services.AddSingleton<IPasswordHasher, IdentityPasswordHasher>();
        // One per instance: it remembers standings between requests and listens for changes made elsewhere.
        services.AddSingleton<AccountStanding>();
        services.AddSingleton<IAccountStanding>(sp => sp.GetRequiredService<AccountStanding>());
        services.AddScoped<ISecurityAudit, SecurityAudit>();
        services.AddScoped<IUserAdministration, UserAdministration>();
        services.AddScoped<IAuditLogQueries, AuditLogQueries>();
        services.AddScoped<Application.ServiceAccounts.IServiceAccountStore, ServiceAccounts.ServiceAccountStore>();
        services.AddScoped<ITotpStore, TotpStore>();
        services.AddScoped<IMfaChallengeStore, MfaChallengeStore>();
        services.AddSingleton<ITotp, OtpNetTotp>();
        // Resolved on first use, so the build-time OpenAPI generator needs no key.
        services.AddSingleton(_ => SecretProtectionKey.Resolve(configuration, builder.Environment));
        services.AddSingleton<ISecretProtector, AesGcmSecretProtector>();
        services.AddSingleton<IExternalIdentityProviders, OidcProviders>();
        services.AddSingleton<IExternalSignInStore, RedisExternalSignInStore>();
        services.AddScoped<IExternalLoginRepository, ExternalLoginRepository>();
        services.AddScoped<IAccountLifecycle, AccountLifecycleStore>();
        services.AddScoped<Application.Users.IDeviceSessions, Users.DeviceSessions>();
        Mail.MailServices.AddMail(services, configuration);
        Learning.LearningServices.AddLearning(services);
        services.AddScoped<Application.Goals.IGoalRepository, Goals.GoalRepository>();
        services.AddScoped<Application.Goals.IGoalScopeQueries, Goals.GoalScopeQueries>();
        services.AddScoped<Application.Users.IPersonalDataSource, Goals.GoalPersonalData>();
        services.AddScoped<Application.Groups.IGroupRepository, Groups.GroupRepository>();
        services.AddScoped<Application.Groups.IChallengeRepository, Groups.ChallengeRepository>();
        services.AddScoped<Application.Users.IPersonalDataSource, Groups.GroupPersonalData>();
        services.AddSingleton<Application.Leaderboards.ILeaderboards, Leaderboards.RedisLeaderboards>();
        Notifications.NotificationServices.AddNotifications(services);
        Adaptive.AdaptiveServices.AddAdaptive(services);

        services.AddScoped<IHierarchyRepository, HierarchyRepository>();
        services.AddScoped<IHierarchyQueries, HierarchyQueries>();
        services.AddScoped<IQuestionRepository, QuestionRepository>();
        services.AddScoped<IQuestionQueries, QuestionQueries>();
        services.AddScoped<IQuestionReviewQueries, QuestionReviewQueries>();
        services.AddScoped<IQuestionVersionQueries, QuestionVersionQueries>();
        services.AddJobs();
        services.AddImport();
        services.AddExports();
        Events.EventServices.AddEvents(services, configuration);
        Webhooks.WebhookServices.AddWebhooks(services, configuration);
        services.AddItemStats();
        services.AddContentCache(configuration);
        services.AddObservability();

        services.AddHealthChecks()
            .AddCheck<MariaDbHealthCheck>("mariadb", tags: ["ready"])
            .AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Pooled sessions are handed out again without a reset: MySqlConnector's reset costs a round trip plus the
    /// <c>SET NAMES</c> after it on every open, and an answer opens about seven connections (scripts/bench: answers and
    /// next-questions +50 % with it off). No code leaves session state behind except the importer, which resets its
    /// session itself (<c>QuestionImportStore</c>). A connection string that sets Connection Reset keeps its choice.
    /// </summary>
    internal static string PooledConnectionString(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("ConnectionReset") && !builder.ContainsKey("Connection Reset"))
            builder.ConnectionReset = false;
        return builder.ConnectionString;
    }

    private static ConfigurationOptions RedisOptions(IConfiguration configuration)
    {
        var options = ConfigurationOptions.Parse(configuration.GetConnectionString("Redis") ?? "127.0.0.1:6379");
        options.AbortOnConnectFail = false;
        return options;
    }
}
