using AdaptiveLearning.Client.Authentication;
using AdaptiveLearning.Client.Errors;
using AdaptiveLearning.Client.Resilience;
using AdaptiveLearning.Client.Resources.Answers;
using AdaptiveLearning.Client.Resources.Auth;
using AdaptiveLearning.Client.Resources.Cards;
using AdaptiveLearning.Client.Resources.Hierarchy;
using AdaptiveLearning.Client.Resources.Imports;
using AdaptiveLearning.Client.Resources.Models;
using AdaptiveLearning.Client.Resources.Progress;
using AdaptiveLearning.Client.Resources.Scheduler;
using AdaptiveLearning.Client.Resources.Questions;
using AdaptiveLearning.Client.Resources.Sessions;
using AdaptiveLearning.Client.Resources.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Refit;

namespace AdaptiveLearning.Client;

/// <summary>Registers <see cref="AdaptiveLearningClient"/> and its per-area interfaces.</summary>
public static class AdaptiveLearningServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AdaptiveLearningClient"/>, one interface per area (<see cref="IAuthApi"/>, <see cref="IUsersApi"/>,
    /// <see cref="IHierarchyApi"/>, <see cref="IQuestionsApi"/>, <see cref="ISessionsApi"/>, <see cref="IAnswersApi"/>,
    /// <see cref="ICardsApi"/>, <see cref="IProgressApi"/>) and <see cref="AdaptiveLearningSession"/>, with automatic login and token refresh and retries of idempotent calls.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address and, optionally, the login and password.</param>
    /// <returns>The same service collection.</returns>
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

    internal static IServiceCollection AddAdaptiveLearningClientCore(this IServiceCollection services, AdaptiveLearningClientOptions options)
    {
        options.Validate();
        var session = new AdaptiveLearningSession(options.TimeProvider);
        services.AddSingleton(session);
        services.AddSingleton(sp => new TokenProvider(session, options, sp.GetRequiredService<IAuthApi>));
        services.AddTransient(sp => new AuthenticationHandler(sp.GetRequiredService<TokenProvider>()));

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(ClientJson.Options))
        {
            ExceptionFactory = ProblemExceptionFactory.CreateAsync,
            // Buffered bodies can be sent again after a token renewal or a retry.
            Buffered = true,
            // Surface our own sign-in failures and plain .NET transport exceptions, not Refit wrappers.
            TransportExceptionFactory = TransportExceptionFactory.Create,
            DeserializationExceptionFactory = TransportExceptionFactory.Deserialization,
        };
        AddArea<IAuthApi>(services, settings, options);
        AddArea<IUsersApi>(services, settings, options);
        AddArea<IHierarchyApi>(services, settings, options);
        AddArea<IQuestionsApi>(services, settings, options);
        AddArea<ISessionsApi>(services, settings, options);
        AddArea<IAnswersApi>(services, settings, options);
        AddArea<ICardsApi>(services, settings, options);
        AddArea<IProgressApi>(services, settings, options);
        AddArea<ISchedulerApi>(services, settings, options);
        AddArea<IImportsApi>(services, settings, options);
        AddArea<IModelsApi>(services, settings, options);
        DecorateAnswers(services, options);

        services.AddTransient(sp => new ApiSet(
            session,
            sp.GetRequiredService<IAuthApi>(),
            sp.GetRequiredService<IUsersApi>(),
            sp.GetRequiredService<IHierarchyApi>(),
            sp.GetRequiredService<IQuestionsApi>(),
            sp.GetRequiredService<ISessionsApi>(),
            sp.GetRequiredService<IAnswersApi>(),
            sp.GetRequiredService<ICardsApi>(),
            sp.GetRequiredService<IProgressApi>(),
            sp.GetRequiredService<ISchedulerApi>(),
            sp.GetRequiredService<IImportsApi>(),
            sp.GetRequiredService<IModelsApi>()));
        services.AddTransient(sp => new AdaptiveLearningClient(sp.GetRequiredService<ApiSet>()));
        return services;
    }

    private static void AddArea<TApi>(IServiceCollection services, RefitSettings settings, AdaptiveLearningClientOptions options)
        where TApi : class
    {
        var builder = services.AddRefitGeneratedClient<TApi>(settings)
            .ConfigureHttpClient(c =>
            {
                c.BaseAddress = options.BaseAddress;
                c.Timeout = options.NetworkTimeout;
            });
        if (options.PrimaryHandlerFactory is { } primary)
            builder.ConfigurePrimaryHttpMessageHandler(primary);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddResilienceHandler("retry-idempotent", pipeline => pipeline.AddRetry(RetryOptions(options)));
        }
        builder.AddHttpMessageHandler<AuthenticationHandler>();
    }

    /// <summary>Answers carry an idempotency key, so unlike other POSTs they get an id when missing and are resent after transient failures.</summary>
    private static void DecorateAnswers(IServiceCollection services, AdaptiveLearningClientOptions options)
    {
        var refit = services.Last(d => d.ServiceType == typeof(IAnswersApi) && d.ImplementationFactory is not null);
        services.Remove(refit);
        services.Add(ServiceDescriptor.Describe(typeof(IAnswersApi),
            sp => new IdempotentAnswersApi((IAnswersApi)refit.ImplementationFactory!(sp), options), refit.Lifetime));
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
        // A POST or PATCH that timed out may have been applied: sending it again could register twice or double an answer.
        retry.DisableFor(HttpMethod.Post, HttpMethod.Patch, HttpMethod.Connect);
        return retry;
    }
}
