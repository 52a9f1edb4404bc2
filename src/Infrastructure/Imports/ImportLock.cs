using AdaptiveLearning.Infrastructure.Persistence;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>One import at a time across every instance (and every Galera node), held for the whole run.</summary>
internal static class ImportLock
{
    private const string Name = "adaptive_learning.import";
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(30);

    public static async Task<IAsyncDisposable> AcquireAsync(MySqlDataSource db, CancellationToken ct) =>
        await ClusterLock.TryAcquireAsync(db, Name, Wait, ct)
        ?? throw new InvalidOperationException("Another import is still running; try again when it has finished.");
}
