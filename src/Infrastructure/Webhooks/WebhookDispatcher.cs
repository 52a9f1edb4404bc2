using System.Collections.Concurrent;
using AdaptiveLearning.Infrastructure.Jobs;
using AdaptiveLearning.Infrastructure.Observability;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>
/// Sends due deliveries on every instance, many at once but at most one per webhook at a time, so a slow, failing or
/// hanging receiver occupies one slot for at most the timeout and never delays other webhooks (nor mail or imports,
/// which the job engine runs one at a time). Failures are retried with exponential backoff and jitter until
/// <see cref="WebhookOptions.MaxAttempts"/>.
/// </summary>
internal sealed class WebhookDispatcher(WebhookDeliveries deliveries, WebhookSender sender, WebhookOptions options, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    /// <summary>Webhooks with a delivery in flight on this instance.</summary>
    private readonly ConcurrentDictionary<Guid, byte> _busy = new();
    private readonly SemaphoreSlim _finished = new(0);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await Task.Yield();
        if (!options.DispatcherEnabled)
            return;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var free = options.MaxConcurrentDeliveries - _busy.Count;
                var claimed = free > 0 ? await deliveries.ClaimAsync(_owner, _busy.Keys.ToList(), free, stop) : [];
                foreach (var delivery in claimed)
                {
                    _busy[delivery.WebhookId] = 0;
                    _ = Task.Run(() => RunAsync(delivery, stop), CancellationToken.None);
                }
                if (claimed.Count == 0)
                    await _finished.WaitAsync(options.PollMilliseconds, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (MySqlException e) when (DatabaseConflicts.IsConflict(e))
            {
                // Another instance (on Galera, another node) claimed the same rows first; the next poll tries again.
            }
            catch (Exception e)
            {
                logger.LogError(e, "Claiming webhook deliveries failed; trying again shortly");
                await PauseAsync(TimeSpan.FromSeconds(2), stop);
            }
        }
        // Sends in flight see the stop and hand their deliveries back; give them a moment to record that.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!_busy.IsEmpty && DateTime.UtcNow < deadline)
            await Task.Delay(20, CancellationToken.None);
    }

    private async Task RunAsync(ClaimedDelivery delivery, CancellationToken stop)
    {
        try
        {
            AttemptOutcome outcome;
            try
            {
                outcome = await sender.SendAsync(delivery, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                await deliveries.ReleaseAsync(delivery, _owner, CancellationToken.None);
                return;
            }
            TimeSpan? retry = outcome.Delivered || delivery.Attempts >= options.MaxAttempts
                ? null
                : JobBackoff.Delay(delivery.Attempts, options.RetryBaseSeconds, options.RetryMaxSeconds);
            if (await deliveries.FinishAsync(delivery, _owner, outcome, retry, CancellationToken.None))
                logger.LogWarning("Webhook {WebhookId} was switched off after {Failures} failed deliveries in a row", delivery.WebhookId, options.DisableAfterFailures);
        }
        catch (Exception e)
        {
            // The lease runs out and the delivery is claimed again: at least once, never lost.
            logger.LogError(e, "Recording delivery {DeliveryId} failed", delivery.Id);
        }
        finally
        {
            _busy.TryRemove(delivery.WebhookId, out _);
            _finished.Release();
        }
    }

    private static async Task PauseAsync(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override void Dispose()
    {
        _finished.Dispose();
        base.Dispose();
    }
}
