using AdaptiveLearning.Client.Authentication;
using AdaptiveLearning.Client.Resources.Admin;
using AdaptiveLearning.Client.Resources.Analytics;
using AdaptiveLearning.Client.Resources.Answers;
using AdaptiveLearning.Client.Resources.Auth;
using AdaptiveLearning.Client.Resources.Cards;
using AdaptiveLearning.Client.Resources.Events;
using AdaptiveLearning.Client.Resources.Exports;
using AdaptiveLearning.Client.Resources.Badges;
using AdaptiveLearning.Client.Resources.Goals;
using AdaptiveLearning.Client.Resources.Hierarchy;
using AdaptiveLearning.Client.Resources.Imports;
using AdaptiveLearning.Client.Resources.Models;
using AdaptiveLearning.Client.Resources.Progress;
using AdaptiveLearning.Client.Resources.Questions;
using AdaptiveLearning.Client.Resources.Scheduler;
using AdaptiveLearning.Client.Resources.ServiceAccounts;
using AdaptiveLearning.Client.Resources.Sessions;
using AdaptiveLearning.Client.Resources.Users;
using AdaptiveLearning.Client.Resources.Webhooks;

namespace AdaptiveLearning.Client;

/// <summary>Every area's Refit client over one HttpClient; adding an area means one property here and one line in <c>ClientRuntime.NewApis</c>.</summary>
internal sealed record ApiSet(
    AdaptiveLearningSession Session,
    TokenProvider Tokens,
    IAuthApi Auth,
    IUsersApi Users,
    IHierarchyApi Hierarchy,
    IQuestionsApi Questions,
    ISessionsApi Sessions,
    IAnswersApi Answers,
    ICardsApi Cards,
    IProgressApi Progress,
    ISchedulerApi Scheduler,
    IGoalsApi Goals,
    IBadgesApi Badges,
    IImportsApi Imports,
    IExportsApi Exports,
    IModelsApi Models,
    IAdminApi Admin,
    IServiceAccountsApi ServiceAccounts,
    IWebhooksApi Webhooks,
    IEventsApi Events,
    IAnalyticsApi Analytics,
    HttpClient Http);
