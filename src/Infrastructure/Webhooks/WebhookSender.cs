using System.Diagnostics;
using System.Text;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Infrastructure.Events;

namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>
/// One attempt: the event as a CloudEvents JSON body, signed, POSTed with a timeout. Only a 2xx counts as delivered; a
/// redirect, an error status, a refused address, a connection failure or a timeout is a failed attempt. The response
/// body is never read, so a receiver that streams forever costs nothing beyond the timeout.
/// </summary>
internal sealed class WebhookSender(WebhookHttp http, WebhookTargets targets, ISecretProtector protector, WebhookOptions options, EventOptions events)
{
    public const string IdHeader = "Webhook-Id";
    public const string TimestampHeader = "Webhook-Timestamp";
    public const string SignatureHeader = "Webhook-Signature";
    public const string DeliveryHeader = "Webhook-Delivery";
    public const string AttemptHeader = "Webhook-Attempt";

    /// <exception cref="OperationCanceledException">Only when <paramref name="stop"/> was cancelled (the instance is stopping).</exception>
    public async Task<AttemptOutcome> SendAsync(ClaimedDelivery delivery, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        int Elapsed() => (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        // Checked again at every attempt: the allow-list may have changed since the webhook was accepted.
        if (!Uri.TryCreate(delivery.Url, UriKind.Absolute, out var url))
            return new AttemptOutcome(false, null, 0, "Refused: not an absolute URL.");
        if (targets.StaticRefusal(url) is { } refusal)
            return new AttemptOutcome(false, null, 0, $"Refused: {refusal}");

        var body = EventEnvelope.Serialize(delivery.Event, events.Source);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, EventEnvelope.ContentType),
        };
        request.Headers.Add(IdHeader, delivery.EventId.ToString());
        request.Headers.Add(TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeader, WebhookSignature.Compute(protector.Unprotect(delivery.WebhookId, delivery.Secret), timestamp, body));
        request.Headers.Add(DeliveryHeader, delivery.Id.ToString());
        request.Headers.Add(AttemptHeader, delivery.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var code = (int)response.StatusCode;
            return code switch
            {
                >= 200 and < 300 => new AttemptOutcome(true, code, Elapsed(), null),
                >= 300 and < 400 => new AttemptOutcome(false, code, Elapsed(), $"Redirect to {response.Headers.Location} not followed; point the webhook at the final URL."),
                _ => new AttemptOutcome(false, code, Elapsed(), $"The receiver answered {code}."),
            };
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return new AttemptOutcome(false, null, Elapsed(), $"No answer within {options.TimeoutSeconds:0.###} s.");
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookTargetRefusedException refused)
        {
            return new AttemptOutcome(false, null, Elapsed(), $"Refused: {refused.Message}");
        }
        catch (HttpRequestException e)
        {
            return new AttemptOutcome(false, null, Elapsed(), e.Message);
        }
    }
}
