using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>A server-wide named lock held on its own connection for the whole run.</summary>
internal sealed class ImportLock(MySqlConnection connection) : IAsyncDisposable
{
    private const string Name = "adaptive_learning.import";
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(30);

    public static async Task<ImportLock> AcquireAsync(MySqlDataSource db, CancellationToken ct)
    {
        var connection = await db.OpenConnectionAsync(ct);
        var locked = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT GET_LOCK(@Name, @Seconds)", new { Name, Seconds = (int)Wait.TotalSeconds },
            commandTimeout: (int)Wait.TotalSeconds + 30, cancellationToken: ct));
        if (locked == 1)
            return new ImportLock(connection);
        await connection.DisposeAsync();
        throw new InvalidOperationException("Another import is still running; try again when it has finished.");
    }

    public async ValueTask DisposeAsync()
    {
        await connection.ExecuteAsync("SELECT RELEASE_LOCK(@Name)", new { Name });
        await connection.DisposeAsync();
    }
}
