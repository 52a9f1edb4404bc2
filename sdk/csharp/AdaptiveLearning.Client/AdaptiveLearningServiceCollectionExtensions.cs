using AdaptiveLearning.Client.Authentication;
using AdaptiveLearning.Client.Errors;
using AdaptiveLearning.Client.Http;
using AdaptiveLearning.Client.Resources.Admin;
using AdaptiveLearning.Client.Resources.Analytics;
using AdaptiveLearning.Client.Resources.Answers;
using AdaptiveLearning.Client.Resources.Auth;
using AdaptiveLearning.Client.Resources.Cards;
using AdaptiveLearning.Client.Resources.Exports;
using AdaptiveLearning.Client.Resources.Badges;
using AdaptiveLearning.Client.Resources.Goals;
using AdaptiveLearning.Client.Resources.Groups;
using AdaptiveLearning.Client.Resources.Leaderboards;
using AdaptiveLearning.Client.Resources.Hierarchy;
using AdaptiveLearning.Client.Resources.Imports;
using AdaptiveLearning.Client.Resources.Models;
using AdaptiveLearning.Client.Resources.Progress;
using AdaptiveLearning.Client.Resources.Questions;
using AdaptiveLearning.Client.Resources.Scheduler;
using AdaptiveLearning.Client.Resources.ServiceAccounts;
using AdaptiveLearning.Client.Resources.Webhooks;
using AdaptiveLearning.Client.Resources.Events;
using AdaptiveLearning.Client.Resources.Sessions;
using AdaptiveLearning.Client.Resources.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Telemetry;
using Refit;

namespace AdaptiveLearning.Client;

/// <summary>Registers <see cref="AdaptiveLearningClient"/> and its per-area interfaces, as the default client or as named (keyed) clients.</summary>
public static class AdaptiveLearningServiceCollectionExtensions
{
    private const string HttpClientName = "AdaptiveLearning";

    /// <summary>
    /// Adds the default <see cref="AdaptiveLearningClient"/>, one interface per area (<see cref="IAuthApi"/>, <see cref="IUsersApi"/>,
    /// <see cref="IHierarchyApi"/>, <see cref="IQuestionsApi"/>, <see cref="ISessionsApi"/>, <see cref="IAnswersApi"/>,
    /// <see cref="ICardsApi"/>, <see cref="IProgressApi"/>, <see cref="ISchedulerApi"/>, <see cref="IImportsApi"/>, <see cref="IExportsApi"/>, <see cref="IModelsApi"/>)
    /// and <see cref="AdaptiveLearningSession"/>, with automatic login and token refresh and retries of idempotent calls.
    /// An <see cref="IAdaptiveLearningTokenStore"/> registered in the container replaces the in-memory session.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address and, optionally, the login and password.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentException">The options are invalid (no absolute base address, a login without password, …).</exception>
    /// <example><code>
    /// services.AddAdaptiveLearningClient(o =>
    /// {
    ///     o.BaseAddress = new Uri("https://learning.example.com");
    ///     o.Login = "ada";
    ///     o.Password = configuration["Learning:Password"];
    /// });
    /// </code></example>
    public static IServiceCollection AddAdaptiveLearningClient(this IServiceCollection services, Action<AdaptiveLearningClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new AdaptiveLearningClientOptions();
        configure(options);
        return services.AddAdaptiveLearningClientCore(options);
    }

    /// <summary>
    /// Adds a named client whose options come from configuration, resolved as keyed services: inject
    /// <c>[FromKeyedServices("name")] AdaptiveLearningClient</c> or a keyed area interface. Each name has its own tokens,
    /// base address and HTTP pipeline; its token store is the <see cref="IAdaptiveLearningTokenStore"/> keyed by the name,
    /// else the unkeyed one, else in memory.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, also the key of its services.</param>
    /// <param name="configuration">A section with <c>BaseAddress</c> and optionally <c>Login</c>, <c>Password</c>, <c>NetworkTimeout</c>,
    /// <c>MaxRetryAttempts</c>, <c>RetryBaseDelay</c>, <c>RefreshBeforeExpiry</c>.</param>
    /// <param name="configure">Adjusts the bound options (a token store, a test handler); optional.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentException">The bound options are invalid.</exception>
    /// <example><code>
    /// services.AddAdaptiveLearningClient("tutor", configuration.GetSection("AdaptiveLearning:Tutor"));
    /// public sealed class Reports([FromKeyedServices("tutor")] AdaptiveLearningClient learning) { … }
    /// </code></example>
    public static IServiceCollection AddAdaptiveLearningClient(this IServiceCollection services, string name, IConfiguration configuration,
        Action<AdaptiveLearningClientOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new AdaptiveLearningClientOptions();
        configuration.Bind(options);
        configure?.Invoke(options);
        return services.AddAdaptiveLearningClientCore(options, name);
    }

    internal static IServiceCollection AddAdaptiveLearningClientCore(this IServiceCollection services, AdaptiveLearningClientOptions options,
        string? name = null)
    {
        options.Validate();
        // Short names keep log categories readable: System.Net.Http.HttpClient.AdaptiveLearning.tutor.
        var httpName = name is null ? HttpClientName : $"{HttpClientName}.{name}";
        var session = new AdaptiveLearningSession(options.TimeProvider);
        var settings = new RefitSettings(new SystemTextJsonContentSerializer(ClientJson.Options))
        {
            ExceptionFactory = ProblemExceptionFactory.CreateAsync,
            // Buffered bodies can be sent again after a token renewal or a retry.
            Buffered = true,
            TransportExceptionFactory = TransportExceptionFactory.Create,
            DeserializationExceptionFactory = TransportExceptionFactory.Deserialization,
        };
        services.AddKeyedSingleton(httpName, (sp, _) => new ClientRuntime(sp, name, httpName, options, session, settings));
        AddHttpPipeline(services, httpName, options);

        if (name is null)
        {
            services.AddSingleton(session);
            services.AddTransient(sp => sp.GetRequiredKeyedService<ClientRuntime>(httpName).NewApis());
            services.AddTransient(sp => new AdaptiveLearningClient(sp.GetRequiredService<ApiSet>()));
            AddAreas(services, (sp, pick) => pick(sp.GetRequiredService<ApiSet>()));
        }
        else
        {
            services.AddKeyedSingleton(name, session);
            services.AddKeyedTransient(name, (sp, _) => sp.GetRequiredKeyedService<ClientRuntime>(httpName).NewApis());
            services.AddKeyedTransient(name, (sp, _) => new AdaptiveLearningClient(sp.GetRequiredKeyedService<ApiSet>(name)));
            AddAreas(services, (sp, pick) => pick(sp.GetRequiredKeyedService<ApiSet>(name)), name);
        }
        return services;
    }

    private static void AddHttpPipeline(IServiceCollection services, string httpName, AdaptiveLearningClientOptions options)
    {
        var builder = services.AddHttpClient(httpName, c =>
            {
                c.BaseAddress = options.BaseAddress;
                c.Timeout = options.NetworkTimeout;
            })
            // IHttpClientFactory's default handlers log four Information lines per call; an SDK should stay quiet.
            .RemoveAllLoggers();
        if (options.PrimaryHandlerFactory is { } primary)
            builder.ConfigurePrimaryHttpMessageHandler(primary);
        if (options.MaxRetryAttempts > 0)
            builder.AddResilienceHandler("retry-idempotent", (pipeline, context) => pipeline
                .AddRetry(RetryOptions(options))
                // Polly logs every attempt, even a first one that succeeded, at Information: keep those at Debug.
                .ConfigureTelemetry(new TelemetryOptions
                {
                    LoggerFactory = context.ServiceProvider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
                    SeverityProvider = args => args.Event.EventName == "ExecutionAttempt" && args.Event.Severity == ResilienceEventSeverity.Information
                        ? ResilienceEventSeverity.Debug
                        : args.Event.Severity,
                }));
        builder.AddHttpMessageHandler(sp => new AuthenticationHandler(sp.GetRequiredKeyedService<ClientRuntime>(httpName).Tokens));
    }

    private static void AddAreas(IServiceCollection services, Func<IServiceProvider, Func<ApiSet, object>, object> resolve, string? name = null)
    {
        Add<IAuthApi>(a => a.Auth);
        Add<IUsersApi>(a => a.Users);
        Add<IHierarchyApi>(a => a.Hierarchy);
        Add<IQuestionsApi>(a => a.Questions);
        Add<ISessionsApi>(a => a.Sessions);
        Add<IAnswersApi>(a => a.Answers);
        Add<ICardsApi>(a => a.Cards);
        Add<IProgressApi>(a => a.Progress);
        Add<ISchedulerApi>(a => a.Scheduler);
        Add<IGoalsApi>(a => a.Goals);
        Add<IBadgesApi>(a => a.Badges);
        Add<IGroupsApi>(a => a.Groups);
        Add<ILeaderboardsApi>(a => a.Leaderboards);
        Add<IImportsApi>(a => a.Imports);
        Add<IExportsApi>(a => a.Exports);
        Add<IModelsApi>(a => a.Models);
        Add<IAdminApi>(a => a.Admin);
        Add<IServiceAccountsApi>(a => a.ServiceAccounts);
        Add<IWebhooksApi>(a => a.Webhooks);
        Add<IEventsApi>(a => a.Events);
        Add<IAnalyticsApi>(a => a.Analytics);

        void Add<TApi>(Func<ApiSet, TApi> pick) where TApi : class
        {
            if (name is null)
                services.AddTransient(sp => (TApi)resolve(sp, a => pick(a)));
            else
                services.AddKeyedTransient(name, (sp, _) => (TApi)resolve(sp, a => pick(a)));
        }
    }

    private static HttpRetryStrategyOptions RetryOptions(AdaptiveLearningClientOptions options)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryBaseDelay,
            MaxDelay = TimeSpan.FromSeconds(30),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        };
        // A POST or PATCH that timed out may have been applied: sending it again could register twice. Answers are
        // resent above this pipeline, with their client attempt id (IdempotentAnswersApi).
        retry.DisableFor(HttpMethod.Post, HttpMethod.Patch, HttpMethod.Connect);
        return retry;
    }
}
