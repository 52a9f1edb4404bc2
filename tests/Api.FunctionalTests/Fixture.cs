using AdaptiveLearning.Application.Auth.EnsureAdmin;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Infrastructure.Caching;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using Respawn;

namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>Starts the API once for the assembly against a fresh test database.</summary>
[SetUpFixture]
public sealed class Fixture
{
    public static ApiFactory Api { get; private set; } = null!;
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
        Api = new ApiFactory();
        Api.CreateClient().Dispose(); // starts the host: migrations run and the admin is created

        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.MySql,
            SchemasToInclude = [TestEnvironment.Database],
            TablesToIgnore = ["schema_migrations"],
        });
    }

    /// <summary>Empties every table, then recreates the configured admin as a fresh start would.</summary>
    public static async Task ResetAsync()
    {
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        await connection.OpenAsync();
        await _respawner.ResetAsync(connection);
        // The database is empty again, so nothing cached before may be served.
        await Api.Services.GetRequiredService<ContentCache>().InvalidateAllAsync(CancellationToken.None);
        await using var scope = Api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IHandler<EnsureAdminCommand, Guid>>()
            .HandleAsync(new(TestEnvironment.AdminEmail, TestEnvironment.AdminPassword), CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await Api.DisposeAsync();
}
