using AdaptiveLearning.Infrastructure.Persistence;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Persistence;

/// <summary>The lock imports and migrations take must hold across instances without the server's node-local named locks.</summary>
public sealed class ClusterLockTests
{
    private static MySqlDataSource Db => Fixture.Host.Services.GetRequiredService<MySqlDataSource>();

    private static string UniqueName() => $"test.{Guid.NewGuid():N}";

    [Test]
    public async Task ASecondHolderWaitsUntilTheFirstReleases()
    {
        var name = UniqueName();
        var first = await ClusterLock.TryAcquireAsync(Db, name, TimeSpan.Zero, CancellationToken.None);
        Assert.That(first, Is.Not.Null);

        Assert.That(await ClusterLock.TryAcquireAsync(Db, name, TimeSpan.FromMilliseconds(600), CancellationToken.None), Is.Null,
            "held by another instance");

        var waiting = ClusterLock.TryAcquireAsync(Db, name, TimeSpan.FromSeconds(10), CancellationToken.None);
        await Task.Delay(300);
        Assert.That(waiting.IsCompleted, Is.False);
        await first!.DisposeAsync();
        await using var second = await waiting;
        Assert.That(second, Is.Not.Null, "released, so the waiting instance gets it");
    }

    [Test]
    public async Task ALockWhoseHolderDiedIsTakenOverWhenItsLeaseRunsOut()
    {
        var name = UniqueName();
        await using (var connection = await Fixture.OpenAsync())
        {
            // What a holder killed mid-run leaves behind: its row, no longer renewed.
            await connection.ExecuteAsync("""
                INSERT INTO cluster_locks (name, owner, expires_at) VALUES (@Name, 'dead-instance', UTC_TIMESTAMP(6) - INTERVAL 1 SECOND)
                """, new { Name = name });
        }

        await using var taken = await ClusterLock.TryAcquireAsync(Db, name, TimeSpan.Zero, CancellationToken.None);

        Assert.That(taken, Is.Not.Null);
    }

    [Test]
    public async Task OnlyOneOfManyConcurrentContendersHoldsTheLockAtATime()
    {
        var name = UniqueName();
        var inside = 0;
        var maxInside = 0;
        var contenders = Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var held = await ClusterLock.TryAcquireAsync(Db, name, TimeSpan.FromSeconds(30), CancellationToken.None);
            Assert.That(held, Is.Not.Null);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref maxInside, now);
            await Task.Delay(50);
            Interlocked.Decrement(ref inside);
        });

        await Task.WhenAll(contenders);

        Assert.That(maxInside, Is.EqualTo(1));
    }

    [Test]
    public async Task InstancesStartingTogetherApplyEachMigrationOnce()
    {
        var database = $"learning_migrate_{Guid.NewGuid():N}"[..40];
        await using (var server = new MySqlConnection(TestEnvironment.Server))
        {
            await server.OpenAsync();
            await server.ExecuteAsync($"CREATE DATABASE `{database}`");
        }
        try
        {
            // Each "instance" has its own pool, as separate processes would; a migration's plain CREATE TABLE fails
            // if two of them run it, so all succeeding shows they took turns.
            var instances = Enumerable.Range(0, 3).Select(_ => new MySqlDataSource($"{TestEnvironment.Server.TrimEnd(';')};Database={database}")).ToList();
            await Task.WhenAll(instances.Select(db => new Migrator(db, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None)));

            await using var connection = await instances[0].OpenConnectionAsync();
            var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations")).ToList();
            Assert.That(versions, Is.Unique.And.Not.Empty);
            foreach (var db in instances)
                await db.DisposeAsync();
        }
        finally
        {
            await using var server = new MySqlConnection(TestEnvironment.Server);
            await server.OpenAsync();
            await server.ExecuteAsync($"DROP DATABASE IF EXISTS `{database}`");
        }
    }

    [Test]
    public async Task EveryTableHasAPrimaryKeyAsGaleraReplicationNeeds()
    {
        await using var connection = await Fixture.OpenAsync();
        var withoutKey = await connection.QueryAsync<string>("""
            SELECT t.table_name FROM information_schema.tables t
            WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
              AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                              WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')
            """);
        var notInnoDb = await connection.QueryAsync<string>("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'
            """);

        Assert.Multiple(() =>
        {
            Assert.That(withoutKey, Is.Empty);
            Assert.That(notInnoDb, Is.Empty, "Galera replicates InnoDB tables only");
        });
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = target; value > seen; seen = target)
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
                return;
    }
}
