using Microsoft.Extensions.Hosting;

namespace AdaptiveLearning.Infrastructure.Caching;

internal sealed class CacheStartup(ContentCache cache) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => cache.StartAsync();
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
