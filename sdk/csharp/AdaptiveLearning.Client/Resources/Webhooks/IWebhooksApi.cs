using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Webhooks;

/// <summary>
/// Webhooks that receive signed events: <c>/api/v1/webhooks</c>, for admins (every webhook) and service accounts with the
/// <c>webhooks</c> scope (their own). Verify deliveries with <see cref="WebhookSignatureVerifier"/>.
/// </summary>
[Headers("Authorization: Bearer")]
public interface IWebhooksApi
{
    /// <summary>Registers a webhook. <see cref="CreatedWebhook.Secret"/> is in this response only: store it to verify signatures.</summary>
    /// <param name="request">An https URL on a public address, a description and the event types.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook and its signing secret.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c> or <c>insufficient_scope</c>,
    /// 422 <c>webhook_url_not_allowed</c> (not https, or a loopback, private or link-local address).</exception>
    [Post("/api/v1/webhooks")]
    Task<CreatedWebhook> CreateWebhookAsync([Body] CreateWebhookRequest request, CancellationToken cancellationToken = default);

    /// <summary>The webhooks the caller may see, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhooks, without secrets.</returns>
    [Get("/api/v1/webhooks")]
    Task<WebhookList> ListWebhooksAsync(CancellationToken cancellationToken = default);

    /// <summary>One webhook, with its state and run of failures.</summary>
    /// <param name="id">The webhook id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/webhooks/{id}")]
    Task<Webhook> GetWebhookAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Changes the URL, description or event types, or switches deliveries off and on (on clears the failure count).</summary>
    /// <param name="id">The webhook id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook after the change.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 404 <c>not_found</c>, 422 <c>webhook_url_not_allowed</c>.</exception>
    [Patch("/api/v1/webhooks/{id}")]
    Task<Webhook> UpdateWebhookAsync(Guid id, [Body] UpdateWebhookRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a webhook and its delivery log.</summary>
    /// <param name="id">The webhook id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>When it is gone.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Delete("/api/v1/webhooks/{id}")]
    Task DeleteWebhookAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The delivery log, newest first: state, attempts, latest response code, duration and error per event.</summary>
    /// <param name="id">The webhook id.</param>
    /// <param name="cursor">The previous page's <c>NextCursor</c>; null for the first page.</param>
    /// <param name="limit">Page size (1–200, default 50).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page and the cursor of the next (older) one, null on the last.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 404 <c>not_found</c>.</exception>
    [Get("/api/v1/webhooks/{id}/deliveries")]
    Task<WebhookDeliveryPage> ListWebhookDeliveriesAsync(Guid id, [Query] string? cursor = null, [Query] int? limit = null,
        CancellationToken cancellationToken = default);

    /// <summary>Sends an event again with the same event id (<c>Webhook-Id</c>) and fresh attempts.</summary>
    /// <param name="id">The webhook id.</param>
    /// <param name="deliveryId">The delivery's id from the log.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The delivery, queued again.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Post("/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver")]
    Task<WebhookDelivery> RedeliverWebhookDeliveryAsync(Guid id, Guid deliveryId, CancellationToken cancellationToken = default);

    /// <summary>Sends a signed <c>webhook.ping</c> event to this webhook only, to test a receiver.</summary>
    /// <param name="id">The webhook id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ping event's id; its delivery shows in the log shortly.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Post("/api/v1/webhooks/{id}/ping")]
    Task<WebhookPing> PingWebhookAsync(Guid id, CancellationToken cancellationToken = default);
}
