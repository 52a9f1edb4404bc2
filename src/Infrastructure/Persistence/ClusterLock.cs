using AdaptiveLearning.Infrastructure.Observability;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Persistence;

/// <summary>
/// A named lock that holds across every node of a Galera cluster, which the server's own named locks do not: Galera leaves
/// named locks local to the node that took them. The lock is a lease on a row of <c>cluster_locks</c>, taken by an
/// ordinary conditional UPDATE — when two nodes take it at once, certification lets one commit and fails the other
/// (a deadlock error), which here just means "not yours yet". The holder renews the lease while it works; a holder
/// that dies stops renewing and the lock frees itself when the lease runs out. Times come from the database clock.
/// </summary>
public sealed class ClusterLock : IAsyncDisposable
{
    /// <summary>Created by <see cref="Migrator"/> before it takes its own lock, so it exists before any migration runs.</summary>
    public const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS cluster_locks (
            name       VARCHAR(100) NOT NULL PRIMARY KEY,
            owner      VARCHAR(200) NULL,
            expires_at DATETIME(6)  NOT NULL
        ) ENGINE = InnoDB
        """;

    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    private readonly MySqlDataSource _db;
    private readonly string _name;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly CancellationTokenSource _stopRenewing = new();
    private Task _renewing = Task.CompletedTask;

    private ClusterLock(MySqlDataSource db, string name) => (_db, _name) = (db, name);

    /// <summary>Waits up to <paramref name="wait"/> for the lock; null when another holder kept it all that time.</summary>
    public static async Task<ClusterLock?> TryAcquireAsync(MySqlDataSource db, string name, TimeSpan wait, CancellationToken ct)
    {
        var candidate = new ClusterLock(db, name);
        var deadline = DateTime.UtcNow + wait;
        await candidate.ExecuteAsync("INSERT IGNORE INTO cluster_locks (name, owner, expires_at) VALUES (@Name, NULL, '1970-01-01')", ct);
        while (!await candidate.TryTakeAsync(ct))
        {
            if (DateTime.UtcNow >= deadline)
                return null;
            await Task.Delay(Poll, ct);
        }
        candidate._renewing = candidate.RenewAsync(candidate._stopRenewing.Token);
        return candidate;
    }

    private async Task<bool> TryTakeAsync(CancellationToken ct)
    {
        try
        {
            return await ExecuteAsync("""
                UPDATE cluster_locks SET owner = @Owner, expires_at = UTC_TIMESTAMP(6) + INTERVAL @LeaseSeconds SECOND
                WHERE name = @Name AND (owner IS NULL OR owner = @Owner OR expires_at < UTC_TIMESTAMP(6))
                """, ct) == 1;
        }
        catch (MySqlException e) when (DatabaseConflicts.IsConflict(e))
        {
            return false; // another node took it in the same instant and won certification
        }
    }

    /// <summary>
    /// Renews the lease inside the caller's transaction, as a fence: false when another holder has the lock (this one's
    /// lease ran out), and on Galera the write makes a simultaneous taker on another node fail certification, so work
    /// committed with a true answer was done by the only holder.
    /// </summary>
    public async Task<bool> RenewWithinAsync(MySqlConnection connection, MySqlTransaction transaction, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE cluster_locks SET expires_at = UTC_TIMESTAMP(6) + INTERVAL @LeaseSeconds SECOND
            WHERE name = @Name AND owner = @Owner AND expires_at >= UTC_TIMESTAMP(6)
            """, new { Name = _name, Owner = _owner, LeaseSeconds = (int)Lease.TotalSeconds }, transaction, cancellationToken: ct)) == 1;

    private async Task RenewAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Lease / 3, stop);
                await TryTakeAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is MySqlException or TimeoutException)
            {
                // The next renewal tries again; the lease outlives two missed renewals.
            }
        }
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var connection = await _db.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql,
            new { Name = _name, Owner = _owner, LeaseSeconds = (int)Lease.TotalSeconds }, cancellationToken: ct));
    }

    public async ValueTask DisposeAsync()
    {
        await _stopRenewing.CancelAsync();
        await _renewing;
        _stopRenewing.Dispose();
        await ExecuteAsync("UPDATE cluster_locks SET owner = NULL, expires_at = '1970-01-01' WHERE name = @Name AND owner = @Owner",
            CancellationToken.None);
    }
}
