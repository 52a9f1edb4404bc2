using System.Diagnostics;
using MySqlConnector;

namespace AdaptiveLearning.Api.FunctionalTests.Operations;

/// <summary>
/// A throwaway MariaDB server of the test's own, made the way scripts/lib/services.sh makes one:
/// a fresh data directory from mariadb-install-db and a mariadbd on a free loopback port. Disposing stops it
/// and deletes its data.
/// </summary>
internal sealed class PrivateMariaDb : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "adaptive-mariadb-" + Guid.NewGuid().ToString("N")[..12]);
    private Process? _server;

    public int Port { get; } = LoopbackPort.Free();

    public string Server => $"Server=127.0.0.1;Port={Port};User ID=root;";

    public string ConnectionString(string database) => $"{Server}Database={database}";

    public static bool IsInstalled => OnPath("mariadb-install-db") && OnPath("mariadbd");

    public async Task StartAsync()
    {
        var data = Path.Combine(_directory, "data");
        Directory.CreateDirectory(_directory);
        var user = Environment.UserName;
        var install = await ShellScripts.RunAsync("mariadb-install-db",
            [$"--user={user}", $"--datadir={data}", "--auth-root-authentication-method=normal", "--skip-test-db"]);
        Assert.That(install.ExitCode, Is.Zero, "mariadb-install-db failed: " + install.Output);
        // Its log goes to --log-error, so nothing needs to read its output.
        _server = Process.Start(Arguments("mariadbd", "--no-defaults", $"--user={user}", $"--datadir={data}",
            $"--socket={_directory}/mysqld.sock", $"--port={Port}", "--bind-address=127.0.0.1",
            $"--log-error={_directory}/mysqld.err", "--skip-name-resolve", "--innodb-buffer-pool-size=64M",
            "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"))!;
        for (var i = 0; i < 300; i++)
        {
            try
            {
                await using var connection = new MySqlConnection(Server);
                await connection.OpenAsync();
                return;
            }
            catch (MySqlException) when (!_server.HasExited)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException($"mariadbd did not accept connections on port {Port}; see {_directory}/mysqld.err");
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    private static ProcessStartInfo Arguments(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
