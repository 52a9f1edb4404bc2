using System.Diagnostics.Metrics;
using AdaptiveLearning.Infrastructure.Caching;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Observability;

/// <summary>
/// The service's own instruments on the meter <see cref="MeterName"/>. Their names, units and tags are what dashboards
/// and alerts query (docs/operations/observability.md), so a rename is a breaking change for operators.
/// </summary>
public sealed class OperationalMetrics
{
    public const string MeterName = "AdaptiveLearning";

    private readonly long[] _conflicts = new long[DatabaseConflicts.Operations.Length * DatabaseConflicts.Errors.Length];
    private long _answersRecorded;
    private volatile DatabaseStatus _database = DatabaseStatus.NotReadYet;

    public OperationalMetrics(IMeterFactory meterFactory, CacheMetrics cache)
    {
        var meter = meterFactory.Create(MeterName);
        // Observable counters over our own totals rather than Counter.Add: every series exists, at 0, from the first scrape on
        // (rate() and alerts then see "none yet" rather than "no data"), even for increments made before a listener subscribed.
        meter.CreateObservableCounter("adaptive.answers.recorded", () => Interlocked.Read(ref _answersRecorded), "{answer}",
            "Attempts committed to the database; a resent clientAttemptId and a rolled-back transaction add nothing.");
        meter.CreateObservableCounter("adaptive.db.conflicts", Conflicts, "{conflict}",
            "Transactions rolled back by a deadlock, a lock wait timeout or a Galera certification failure, and run again.");

        meter.CreateObservableCounter("adaptive.content_cache.requests", () => new[]
        {
            new Measurement<long>(cache.Hits, Tag("result", "hit")),
            new Measurement<long>(cache.Misses, Tag("result", "miss")),
        }, "{request}", "Content reads answered from the cache (hit) or from the database (miss).");
        meter.CreateObservableCounter("adaptive.content_cache.invalidations", () => cache.Invalidations, "{invalidation}",
            "Content generations this instance moved to (its own writes and those announced by other instances).");

        meter.CreateObservableGauge("adaptive.jobs.queued", () => _database.Jobs.Select(j => new Measurement<long>(j.Queued, JobKind(j))),
            "{job}", "Durable jobs waiting to be claimed, per kind (due now or waiting for a retry).");
        meter.CreateObservableGauge("adaptive.jobs.oldest_queued.age", () => _database.Jobs.Select(j => new Measurement<double>(j.OldestDueSeconds, JobKind(j))),
            "s", "How long the longest-waiting due job of each kind has been waiting for a worker.");

        meter.CreateObservableCounter("adaptive.galera.cert_failures", () => Galera(g => g.CertificationFailures), "{transaction}",
            "wsrep_local_cert_failures: local transactions that failed Galera certification.");
        meter.CreateObservableCounter("adaptive.galera.bf_aborts", () => Galera(g => g.BruteForceAborts), "{transaction}",
            "wsrep_local_bf_aborts: local transactions aborted by replicated writes that won certification.");
        meter.CreateObservableGauge("adaptive.galera.cluster_size", () => Galera(g => g.ClusterSize), "{node}",
            "wsrep_cluster_size: nodes in the cluster as the connected node sees it.");
        meter.CreateObservableGauge("adaptive.galera.ready", () => Galera(g => g.Ready ? 1 : 0), "1",
            "wsrep_ready: 1 when the connected node accepts queries.");
    }

    /// <summary>What the database said at the last refresh (see <see cref="DatabaseStatusRefresher"/>).</summary>
    internal DatabaseStatus Database
    {
        get => _database;
        set => _database = value;
    }

    internal void AnswersRecorded(int count) => Interlocked.Add(ref _answersRecorded, count);

    internal void DatabaseConflict(string operation, MySqlErrorCode error) =>
        Interlocked.Increment(ref _conflicts[ConflictIndex(Array.IndexOf(DatabaseConflicts.Operations, operation), Array.IndexOf(DatabaseConflicts.Errors, error))]);

    private IEnumerable<Measurement<long>> Conflicts()
    {
        for (var operation = 0; operation < DatabaseConflicts.Operations.Length; operation++)
            for (var error = 0; error < DatabaseConflicts.Errors.Length; error++)
                yield return new Measurement<long>(Interlocked.Read(ref _conflicts[ConflictIndex(operation, error)]),
                    Tag(DatabaseConflicts.OperationTag, DatabaseConflicts.Operations[operation]),
                    Tag(DatabaseConflicts.ErrorTag, DatabaseConflicts.ErrorName(DatabaseConflicts.Errors[error])));
    }

    private static int ConflictIndex(int operation, int error) => operation * DatabaseConflicts.Errors.Length + error;

    // A plain server (no wsrep) reports no Galera series at all rather than zeros that look like a one-node cluster.
    private IEnumerable<Measurement<long>> Galera(Func<GaleraStatus, long> value) =>
        _database.Galera is { } galera ? [new Measurement<long>(value(galera))] : [];

    private static KeyValuePair<string, object?> JobKind(QueuedJobs jobs) => Tag("job.kind", jobs.Kind);

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}
