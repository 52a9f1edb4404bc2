using AdaptiveLearning.Api.Features.Exports.GetExport;
using AdaptiveLearning.Api.Features.Exports.GetExportFile;
using AdaptiveLearning.Api.Features.Exports.StartExport;
using AdaptiveLearning.Api.Features.Hierarchy.CreateHierarchyNode;
using AdaptiveLearning.Api.Features.Hierarchy.GetHierarchy;
using AdaptiveLearning.Api.Features.Hierarchy.GetHierarchyNode;
using AdaptiveLearning.Api.Features.Hierarchy.ReorderHierarchyNodes;
using AdaptiveLearning.Api.Features.Hierarchy.UpdateHierarchyNode;
using AdaptiveLearning.Api.Features.Imports.CancelImport;
using AdaptiveLearning.Api.Features.Imports.GetImport;
using AdaptiveLearning.Api.Features.Imports.ListImports;
using AdaptiveLearning.Api.Features.Imports.StartImport;
using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Questions.CreateQuestion;
using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Api.Features.Questions.ListQuestions;
using AdaptiveLearning.Api.Features.Questions.UpdateQuestion;
using AdaptiveLearning.Api.Features.Webhooks.CreateWebhook;
using AdaptiveLearning.Api.Features.Webhooks.DeleteWebhook;
using AdaptiveLearning.Api.Features.Webhooks.GetWebhook;
using AdaptiveLearning.Api.Features.Webhooks.ListWebhookDeliveries;
using AdaptiveLearning.Api.Features.Webhooks.ListWebhooks;
using AdaptiveLearning.Api.Features.Webhooks.PingWebhook;
using AdaptiveLearning.Api.Features.Webhooks.RedeliverWebhookDelivery;
using AdaptiveLearning.Api.Features.Webhooks.UpdateWebhook;
using AdaptiveLearning.Application.ServiceAccounts;

namespace AdaptiveLearning.Api.Security;

/// <summary>
/// The only routes an API key reaches, and the role it acts in there (null: as a learner sees content). A route not
/// listed answers 403 <c>insufficient_scope</c> to every key: personal routes (/me, cards, sessions, answers, progress)
/// and administration stay with users. Where several scopes open a route, the first one the key holds decides the role.
/// </summary>
internal static class ApiKeyScopeMap
{
    private static readonly (ApiScope Scope, string? Role)[] Read = [(ApiScope.ContentWrite, Roles.Author), (ApiScope.ContentRead, null)];
    private static readonly (ApiScope Scope, string? Role)[] Write = [(ApiScope.ContentWrite, Roles.Author)];
    private static readonly (ApiScope Scope, string? Role)[] Import = [(ApiScope.Imports, Roles.Author)];
    // The admin role on these routes only; the endpoints then limit a key to its own service account's webhooks.
    private static readonly (ApiScope Scope, string? Role)[] Hooks = [(ApiScope.Webhooks, Roles.Admin)];

    private static readonly Dictionary<Type, (ApiScope Scope, string? Role)[]> Routes = new()
    {
        [typeof(ListQuestionsEndpoint)] = Read,
        [typeof(GetQuestionEndpoint)] = Read,
        [typeof(GetHierarchyEndpoint)] = Read,
        [typeof(GetHierarchyNodeEndpoint)] = Read,
        [typeof(CreateQuestionEndpoint)] = Write,
        [typeof(UpdateQuestionEndpoint)] = Write,
        [typeof(SubmitQuestionEndpoint)] = Write,
        [typeof(CreateHierarchyNodeEndpoint)] = Write,
        [typeof(UpdateHierarchyNodeEndpoint)] = Write,
        [typeof(ReorderHierarchyNodesEndpoint)] = Write,
        [typeof(StartImportEndpoint)] = Import,
        [typeof(GetImportEndpoint)] = Import,
        [typeof(ListImportsEndpoint)] = Import,
        [typeof(CancelImportEndpoint)] = Import,
        // Exports carry drafts and answer keys, which content_read (the learner's view) never shows: they move bulk content
        // like imports do, so the imports scope opens them.
        [typeof(StartExportEndpoint)] = Import,
        [typeof(GetExportEndpoint)] = Import,
        [typeof(GetExportFileEndpoint)] = Import,
        [typeof(CreateWebhookEndpoint)] = Hooks,
        [typeof(ListWebhooksEndpoint)] = Hooks,
        [typeof(GetWebhookEndpoint)] = Hooks,
        [typeof(UpdateWebhookEndpoint)] = Hooks,
        [typeof(DeleteWebhookEndpoint)] = Hooks,
        [typeof(ListWebhookDeliveriesEndpoint)] = Hooks,
        [typeof(RedeliverWebhookDeliveryEndpoint)] = Hooks,
        [typeof(PingWebhookEndpoint)] = Hooks,
    };

    /// <summary>False when none of <paramref name="held"/> opens the endpoint; otherwise the role the key acts in.</summary>
    public static bool TryGrant(Type endpoint, IReadOnlySet<ApiScope> held, out string? role)
    {
        role = null;
        if (!Routes.TryGetValue(endpoint, out var grants))
            return false;
        foreach (var grant in grants)
        {
            if (!held.Contains(grant.Scope))
                continue;
            role = grant.Role;
            return true;
        }
        return false;
    }

    /// <summary>Any one of these scopes opens the endpoint; none for a route no key may call.</summary>
    public static IReadOnlyList<ApiScope> ScopesFor(Type endpoint) =>
        Routes.TryGetValue(endpoint, out var grants) ? grants.Select(g => g.Scope).ToList() : [];
}
