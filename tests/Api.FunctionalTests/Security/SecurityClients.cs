using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>Signed-in clients in the roles the security tests pit against each other.</summary>
internal static class SecurityClients
{
    private const string Password = "a-long-enough-passphrase";

    /// <summary>An author made directly in the database, for the many tests that only need one (granting roles is tested in Admin).</summary>
    public static async Task<HttpClient> AuthorAsync(string name, ApiFactory? factory = null)
    {
        await Api.LearnerAsync(name);
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        await connection.ExecuteAsync("UPDATE users SET role = 1 WHERE username = @name", new { name });
        var client = Api.Anonymous(factory);
        return Api.WithToken(client, (await Api.LoginAsync(name, Password)).AccessToken);
    }

    /// <summary>Marks the account's email verified, as its owner would by the mailed link (tested in Accounts), so staff roles can be granted.</summary>
    public static async Task VerifyEmailAsync(string username)
    {
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        await connection.ExecuteAsync("UPDATE users SET email_verified_at = UTC_TIMESTAMP(6) WHERE username = @username", new { username });
    }

    public static async Task<Guid> UserIdAsync(string username)
    {
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        return await connection.ExecuteScalarAsync<Guid>("SELECT id FROM users WHERE username = @username", new { username });
    }
}
