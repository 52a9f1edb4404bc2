using System.Data;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Infrastructure.Persistence;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Jobs;

/// <summary>
/// The jobs table. Times come from the database clock (UTC_TIMESTAMP), so instances with skewed clocks agree on
/// when a lease expired. Every state change after a claim is conditional on still holding the lease.
/// </summary>
internal sealed class JobStore(MySqlDataSource db) : IJobQueue
{
    private static readonly string Queued = WireNames.Of(JobStatus.Queued);
    private static readonly string Running = WireNames.Of(JobStatus.Running);
    private const string Columns = "id, kind, payload, status, attempts, max_attempts, cancel_requested, created_at, started_at, finished_at, error_code, error_message, result";

    public async Task EnqueueAsync(NewJob job, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await InsertAsync(connection, job, ct);
    }

    /// <summary>Inserts a queued job; with <paramref name="transaction"/>, it runs only if that transaction commits.</summary>
    internal static Task InsertAsync(MySqlConnection connection, NewJob job, CancellationToken ct, MySqlTransaction? transaction = null) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO jobs (id, kind, payload, status, max_attempts, run_after, created_at)
            VALUES (@Id, @Kind, @Payload, @Queued, @MaxAttempts, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
            """, new { Id = job.Id.ToString(), job.Kind, job.Payload, Queued, job.MaxAttempts }, transaction, cancellationToken: ct));

    public async Task<JobView> EnqueueUnlessQueuedAsync(NewJob job, CancellationToken ct)
    {
        // A cluster lock per kind makes look-then-insert one step across instances and Galera nodes; row locks cannot,
        // as there is no row to lock while nothing is queued. Held for two statements, so waiting long for it means trouble.
        await using (await ClusterLock.TryAcquireAsync(db, $"jobs.enqueue.{job.Kind}", TimeSpan.FromSeconds(10), ct)
                     ?? throw new TimeoutException($"Waited too long to enqueue a {job.Kind} job."))
        {
            await using var connection = await db.OpenConnectionAsync(ct);
            var waiting = await connection.QueryFirstOrDefaultAsync<JobRow>(new CommandDefinition($"""
                SELECT {Columns} FROM jobs WHERE status = @Queued AND kind = @Kind ORDER BY run_after LIMIT 1
                """, new { Queued, job.Kind }, cancellationToken: ct));
            if (waiting is not null)
                return waiting.ToView();
            await InsertAsync(connection, job, ct);
        }

        return await GetAsync(job.Id, ct) ?? throw new InvalidOperationException($"Job {job.Id} vanished right after it was enqueued.");
    }

    public async Task<JobView?> LatestAsync(string kind, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QueryFirstOrDefaultAsync<JobRow>(new CommandDefinition(
            $"SELECT {Columns} FROM jobs WHERE kind = @Kind ORDER BY created_at DESC LIMIT 1", new { Kind = kind }, cancellationToken: ct));
        return row?.ToView();
    }

    public async Task<JobView?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition(
            $"SELECT {Columns} FROM jobs WHERE id = @Id", new { Id = id.ToString() }, cancellationToken: ct));
        return row?.ToView();
    }

    public async Task<JobView?> CancelAsync(Guid id, CancellationToken ct)
    {
        await using (var connection = await db.OpenConnectionAsync(ct))
            // MariaDB assigns left to right: the flag is set from the status before the status changes.
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE jobs SET cancel_requested = 1,
                    finished_at = IF(status = @Queued, UTC_TIMESTAMP(6), finished_at),
                    status = IF(status = @Queued, @Cancelled, status)
                WHERE id = @Id AND status IN (@Queued, @Running)
                """, new { Id = id.ToString(), Queued, Running, Cancelled = WireNames.Of(JobStatus.Cancelled) }, cancellationToken: ct));
        return await GetAsync(id, ct);
    }

    /// <summary>Takes the oldest due job of a kind this instance handles, or one whose owner's lease ran out.</summary>
    public async Task<ClaimedJob?> ClaimAsync(IReadOnlyCollection<string> kinds, string owner, TimeSpan lease, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        // READ COMMITTED: rows examined but not taken are not left locked for the rest of the transaction.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var row = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition($"""
            SELECT {Columns} FROM jobs
            WHERE kind IN @Kinds
              AND ((status = @Queued AND run_after <= UTC_TIMESTAMP(6))
                OR (status = @Running AND lease_expires_at < UTC_TIMESTAMP(6)))
            ORDER BY run_after
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """, new { Kinds = kinds, Queued, Running }, transaction, cancellationToken: ct));
        if (row is null)
            return null;

        var exhausted = row.Status == Running && row.Attempts >= row.MaxAttempts;
        if (exhausted)
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE jobs SET status = @Interrupted, lease_owner = NULL, lease_expires_at = NULL, finished_at = UTC_TIMESTAMP(6),
                    error_code = 'lease_expired', error_message = 'The instance running the job stopped on its last attempt.'
                WHERE id = @Id
                """, new { Id = row.Id.ToString(), Interrupted = WireNames.Of(JobStatus.Interrupted) }, transaction, cancellationToken: ct));
        else
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE jobs SET status = @Running, attempts = attempts + 1, lease_owner = @Owner,
                    lease_expires_at = UTC_TIMESTAMP(6) + INTERVAL @LeaseMicroseconds MICROSECOND,
                    started_at = COALESCE(started_at, UTC_TIMESTAMP(6))
                WHERE id = @Id
                """, new { Id = row.Id.ToString(), Running, Owner = owner, LeaseMicroseconds = (long)(lease.TotalMilliseconds * 1000) }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        var attempt = exhausted ? row.Attempts : row.Attempts + 1;
        return new ClaimedJob(new RunningJob(row.Id, row.Kind, row.Payload, attempt, row.MaxAttempts), exhausted);
    }

    /// <summary>Extends the lease.</summary>
    /// <returns>Null when the lease is lost (another instance took the job over); otherwise whether a cancel was asked for.</returns>
    public async Task<bool?> HeartbeatAsync(Guid id, string owner, TimeSpan lease, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var parameters = new { Id = id.ToString(), Owner = owner, Running, LeaseMicroseconds = (long)(lease.TotalMilliseconds * 1000) };
        var extended = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE jobs SET lease_expires_at = UTC_TIMESTAMP(6) + INTERVAL @LeaseMicroseconds MICROSECOND
            WHERE id = @Id AND lease_owner = @Owner AND status = @Running
            """, parameters, cancellationToken: ct));
        if (extended == 0)
            return null;
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT cancel_requested FROM jobs WHERE id = @Id", parameters, cancellationToken: ct));
    }

    /// <summary>Ends a run this instance still owns.</summary>
    /// <returns>False when the lease was lost first: another instance owns the job and this outcome is dropped.</returns>
    public async Task<bool> FinishAsync(Guid id, string owner, JobStatus status, string? result, string? errorCode, string? error, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE jobs SET status = @Status, result = @Result, error_code = @ErrorCode, error_message = @Error,
                finished_at = UTC_TIMESTAMP(6), lease_owner = NULL, lease_expires_at = NULL
            WHERE id = @Id AND lease_owner = @Owner AND status = @Running
            """, new { Id = id.ToString(), Owner = owner, Running, Status = WireNames.Of(status), Result = result, ErrorCode = errorCode, Error = error },
            cancellationToken: ct)) == 1;
    }

    /// <summary>Puts a run this instance owns back in the queue, due after <paramref name="delay"/> (a retry, or a release on shutdown,
    /// which gives the attempt back).</summary>
    public async Task<bool> RequeueAsync(Guid id, string owner, TimeSpan delay, bool refundAttempt, string? errorCode, string? error, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE jobs SET status = @Queued, attempts = attempts - @Refund, run_after = UTC_TIMESTAMP(6) + INTERVAL @DelayMicroseconds MICROSECOND,
                error_code = @ErrorCode, error_message = @Error, lease_owner = NULL, lease_expires_at = NULL
            WHERE id = @Id AND lease_owner = @Owner AND status = @Running
            """, new { Id = id.ToString(), Owner = owner, Queued, Running, Refund = refundAttempt ? 1 : 0, DelayMicroseconds = (long)(delay.TotalMilliseconds * 1000), ErrorCode = errorCode, Error = error },
            cancellationToken: ct)) == 1;
    }
}
