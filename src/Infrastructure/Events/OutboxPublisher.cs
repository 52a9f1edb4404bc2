using AdaptiveLearning.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>
/// Publishes the outbox. One instance at a time holds the <c>events.publisher</c> cluster lock and publishes; the others
/// wait for it, so each aggregate's events are numbered and handed on in the order they were written. A crash or a
/// lost lease before a batch commits leaves its rows unpublished, and the next holder publishes them again with the
/// same ids (at least once).
/// </summary>
internal sealed class OutboxPublisher(MySqlDataSource db, OutboxBatches batches, EventOptions options, ILogger<OutboxPublisher> logger)
    : BackgroundService
{
    public const string LockName = "events.publisher";

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await Task.Yield();
        if (!options.PublisherEnabled)
            return;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var held = await ClusterLock.TryAcquireAsync(db, LockName, TimeSpan.FromSeconds(5), stop);
                if (held is not null)
                    await PublishWhileHeldAsync(held, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogError(e, "Publishing the outbox failed; trying again shortly");
                await PauseAsync(TimeSpan.FromSeconds(1), stop);
            }
        }
    }

    private async Task PublishWhileHeldAsync(ClusterLock held, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            switch (await batches.PublishAsync(held, stop))
            {
                case null:
                    logger.LogWarning("The outbox publisher lost its lock; another instance publishes now");
                    return;
                case 0:
                    await Task.Delay(options.PollMilliseconds, stop);
                    break;
            }
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
}
