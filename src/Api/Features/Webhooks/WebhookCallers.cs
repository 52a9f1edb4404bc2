using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Webhooks;

namespace AdaptiveLearning.Api.Features.Webhooks;

internal static class WebhookCallers
{
    /// <summary>
    /// A signed-in admin manages every webhook; a service account's key (which acts as an admin on these routes only,
    /// through its webhooks scope) manages only the webhooks that service account created.
    /// </summary>
    public static WebhookCaller Of(HttpContext http) => new(
        http.User.UserId(),
        http.User.FindFirst(ApiKeyClaims.KeyId) is null && http.User.IsInRole(Roles.Admin),
        HttpRequestOrigin.ClientOf(http));
}
