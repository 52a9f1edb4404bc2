using AdaptiveLearning.Application;
using AdaptiveLearning.Infrastructure.Persistence;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MySqlConnector;
using Respawn;

namespace AdaptiveLearning.Infrastructure.IntegrationTests;

/// <summary>Composes Application + Infrastructure once against a fresh test database; tests reset it with Respawn.</summary>
[SetUpFixture]
public sealed class Fixture
{
    public static IHost Host { get; private set; } = null!;
    private static Respawner _respawner = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await using (var server = new MySqlConnection(TestEnvironment.Server))
        {
            await server.OpenAsync();
            await server.ExecuteAsync($"DROP DATABASE IF EXISTS `{TestEnvironment.Database}`");
            await server.ExecuteAsync($"CREATE DATABASE `{TestEnvironment.Database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:Learning"] = TestEnvironment.ConnectionString;
        builder.AddApplication();
        builder.AddInfrastructure();
        Host = builder.Build();
        await Host.Services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);

        await using var connection = await OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.MySql,
            SchemasToInclude = [TestEnvironment.Database],
            TablesToIgnore = ["schema_migrations"],
        });
    }

    public static async Task ResetAsync()
    {
        await using var connection = await OpenAsync();
        await _respawner.ResetAsync(connection);
    }

    public static async Task<MySqlConnection> OpenAsync()
    {
        var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    [OneTimeTearDown]
    public void Stop()
    {
        Host.Dispose();
        // Generated banks and exports of this run; a 60k-question bank is ~35 MB.
        if (Directory.Exists(Import.Importer.TempRoot))
            Directory.Delete(Import.Importer.TempRoot, recursive: true);
    }
}
