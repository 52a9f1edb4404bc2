using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Persistence;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> files in order, once each. A <see cref="ClusterLock"/>
/// serialises API instances that start together, also across Galera nodes; a checksum refuses edited migrations.
/// </summary>
public sealed class Migrator(MySqlDataSource dataSource, ILogger<Migrator> logger)
{
    private const string LockName = "adaptive_learning.migrations";

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(ClusterLock.CreateTableSql);
        await using (var migrating = await ClusterLock.TryAcquireAsync(dataSource, LockName, TimeSpan.FromMinutes(2), ct)
                                     ?? throw new InvalidOperationException("Timed out waiting for another instance to finish migrating."))
        {
            await connection.ExecuteAsync("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    INT          NOT NULL PRIMARY KEY,
                    name       VARCHAR(200) NOT NULL,
                    checksum   CHAR(64)     NOT NULL,
                    applied_at DATETIME(6)  NOT NULL
                ) ENGINE = InnoDB
                """);
            var applied = (await connection.QueryAsync<(int Version, string Checksum)>(
                "SELECT version, checksum FROM schema_migrations")).ToDictionary(m => m.Version, m => m.Checksum);

            foreach (var migration in LoadEmbedded())
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (checksum != migration.Checksum)
                        throw new InvalidOperationException($"Migration {migration.Name} was edited after it was applied; add a new migration instead.");
                    continue;
                }
                logger.LogInformation("Applying migration {Migration}", migration.Name);
                await connection.ExecuteAsync(migration.Sql, commandTimeout: 600);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@Version, @Name, @Checksum, UTC_TIMESTAMP(6))",
                    new { migration.Version, migration.Name, migration.Checksum });
            }
        }
    }

    private static IEnumerable<Migration> LoadEmbedded()
    {
        var assembly = typeof(Migrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal) && n.Contains(".Migrations.", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version);
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        var sql = reader.ReadToEnd();
        var name = resource[(resource.IndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..];
        // Resource names of files starting with a digit get a leading underscore.
        var version = int.Parse(name.TrimStart('_').Split('_')[0]);
        var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
        return new Migration(version, name, sql, checksum);
    }

    private sealed record Migration(int Version, string Name, string Sql, string Checksum);
}
