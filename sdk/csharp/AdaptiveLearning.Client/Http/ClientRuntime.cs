using AdaptiveLearning.Client.Authentication;
using AdaptiveLearning.Client.Resilience;
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
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace AdaptiveLearning.Client.Http;

/// <summary>One registered client (the default or a named one): its options, token store and HTTP pipeline, shared by every area.</summary>
internal sealed class ClientRuntime
{
    private readonly IHttpClientFactory _http;
    private readonly string _httpClientName;
    private readonly RefitSettings _settings;
    private readonly AdaptiveLearningClientOptions _options;

    public ClientRuntime(IServiceProvider services, string? name, string httpClientName, AdaptiveLearningClientOptions options,
        AdaptiveLearningSession session, RefitSettings settings)
    {
        _http = services.GetRequiredService<IHttpClientFactory>();
        _httpClientName = httpClientName;
        _settings = settings;
        _options = options;
        Session = session;
        var store = options.TokenStore
                    ?? (name is null ? null : services.GetKeyedService<IAdaptiveLearningTokenStore>(name))
                    ?? services.GetService<IAdaptiveLearningTokenStore>()
                    ?? session;
        Tokens = new TokenProvider(session, store, options, Create<IAuthApi>);
    }

    public AdaptiveLearningSession Session { get; }

    public TokenProvider Tokens { get; }

    public ApiSet NewApis()
    {
        var http = _http.CreateClient(_httpClientName);
        return new ApiSet(
            Session,
            Tokens,
            RestService.ForGenerated<IAuthApi>(http, _settings),
            RestService.ForGenerated<IUsersApi>(http, _settings),
            RestService.ForGenerated<IHierarchyApi>(http, _settings),
            RestService.ForGenerated<IQuestionsApi>(http, _settings),
            RestService.ForGenerated<ISessionsApi>(http, _settings),
            new IdempotentAnswersApi(RestService.ForGenerated<IAnswersApi>(http, _settings), _options),
            RestService.ForGenerated<ICardsApi>(http, _settings),
            RestService.ForGenerated<IProgressApi>(http, _settings),
            RestService.ForGenerated<ISchedulerApi>(http, _settings),
            RestService.ForGenerated<IGoalsApi>(http, _settings),
            RestService.ForGenerated<IBadgesApi>(http, _settings),
            RestService.ForGenerated<IGroupsApi>(http, _settings),
            RestService.ForGenerated<ILeaderboardsApi>(http, _settings),
            RestService.ForGenerated<IImportsApi>(http, _settings),
            RestService.ForGenerated<IExportsApi>(http, _settings),
            RestService.ForGenerated<IModelsApi>(http, _settings),
            RestService.ForGenerated<IAdminApi>(http, _settings),
            RestService.ForGenerated<IServiceAccountsApi>(http, _settings),
            RestService.ForGenerated<IWebhooksApi>(http, _settings),
            RestService.ForGenerated<IEventsApi>(http, _settings),
            RestService.ForGenerated<IAnalyticsApi>(http, _settings),
            http);
    }

    private T Create<T>() => RestService.ForGenerated<T>(_http.CreateClient(_httpClientName), _settings);
}
