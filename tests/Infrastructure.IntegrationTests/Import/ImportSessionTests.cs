using Dapper;
using Microsoft.Extensions.DependencyInjection;
using AdaptiveLearning.Infrastructure.Imports;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

/// <summary>
/// The pool hands sessions out again without resetting them, so the importer must not leave its session state
/// (foreign key checks switched off, staging tables) to whatever request gets its connection next.
/// </summary>
public sealed class ImportSessionTests : ImportTestBase
{
    [Test]
    public async Task AfterAnImportEveryPooledSessionChecksForeignKeysAndHasNoStagingTables()
    {
        await Importer.ImportAsync(Importer.Fixture("mixed"));
        var db = IntegrationTests.Fixture.Host.Services.GetRequiredService<MySqlDataSource>();

        // Opened together, so the importer's idle session is among them whichever the pool hands out first.
        var connections = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => db.OpenConnectionAsync().AsTask()));
        try
        {
            foreach (var connection in connections)
            {
                Assert.That(await connection.ExecuteScalarAsync<long>("SELECT @@SESSION.foreign_key_checks"), Is.EqualTo(1));
                Assert.That(await StagingTableErrorAsync(connection), Is.EqualTo(MySqlErrorCode.NoSuchTable), "the staging table went with the import's session");
            }
        }
        finally
        {
            foreach (var connection in connections)
                await connection.DisposeAsync();
        }
    }

    private static async Task<MySqlErrorCode?> StagingTableErrorAsync(MySqlConnection connection)
    {
        try
        {
            await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {StagingTables.Questions}");
            return null;
        }
        catch (MySqlException e)
        {
            return e.ErrorCode;
        }
    }

    [Test]
    public void PooledSessionsAreNotResetUnlessTheConnectionStringAsks()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new MySqlConnectionStringBuilder(DependencyInjection.PooledConnectionString("Server=db;Database=x")).ConnectionReset, Is.False);
            Assert.That(new MySqlConnectionStringBuilder(DependencyInjection.PooledConnectionString("Server=db;Database=x;Connection Reset=true")).ConnectionReset, Is.True);
            Assert.That(new MySqlConnectionStringBuilder(DependencyInjection.PooledConnectionString("Server=db;Database=x;ConnectionReset=true")).ConnectionReset, Is.True);
        });
    }
}
