using System.Collections.Concurrent;
using System.Diagnostics;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Api.FunctionalTests.Operations;

/// <summary>
/// scripts/backup and scripts/restore as an operator runs them: a backup of the test database taken while
/// learners keep answering, restored into a MariaDB server started empty for this fixture.
/// </summary>
[Category("BackupRestore")]
public sealed class BackupRestoreTests : LearningTestBase
{
    private const string Facet = "operations__backup__restore__answers";
    private PrivateMariaDb _target = null!;
    private readonly List<string> _directories = [];
    private string _run = "";

    [OneTimeSetUp]
    public async Task StartEmptyServerAsync()
    {
        if (!PrivateMariaDb.IsInstalled)
            Assert.Ignore("needs mariadb-install-db and mariadbd on PATH to start an empty server (scripts/test installs them)");
        _target = new PrivateMariaDb();
        await _target.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        if (_target is not null)
            await _target.DisposeAsync();
    }

    [SetUp]
    public void NameThisRun() => _run = Guid.NewGuid().ToString("N")[..12];

    [TearDown]
    public void DeleteDirectories()
    {
        _directories.Where(Directory.Exists).ToList().ForEach(d => Directory.Delete(d, recursive: true));
        _directories.Clear();
    }

    [Test]
    public async Task ARestoreIntoAnEmptyServerFindsEveryAnswerAcknowledgedBeforeTheBackupStarted()
    {
        var questions = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(1, 20).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        var learners = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => LearningApi.LearnerAsync($"backup-{i}")));
        var uploads = TempPath("uploads");
        var upload = Path.Combine(uploads, Guid.NewGuid().ToString("N"), "00000.json");
        Directory.CreateDirectory(Path.GetDirectoryName(upload)!);
        await File.WriteAllTextAsync(upload, """[{"id":"waiting-import","type":"mcq"}]""");
        var acknowledged = new ConcurrentQueue<(string ClientAttemptId, long At)>();
        using var stop = new CancellationTokenSource();
        var writers = learners.Select(l => AnswerUntilStoppedAsync(l, questions, acknowledged, stop.Token)).ToArray();
        await WaitUntilAsync(() => acknowledged.Count >= 40);

        var backupStarted = Stopwatch.GetTimestamp();
        var backup = await BackupAsync(uploads);
        var backupEnded = Stopwatch.GetTimestamp();
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        var restore = await RestoreAsync(backup, "learning_restored", TempPath("restored-uploads"));

        var beforeBackup = acknowledged.Where(a => a.At < backupStarted).Select(a => a.ClientAttemptId).ToList();
        await using var restored = new MySqlConnection(_target.ConnectionString("learning_restored"));
        var stored = (await restored.QueryAsync<(string Id, long Count)>(
            "SELECT client_attempt_id, COUNT(*) FROM attempts GROUP BY client_attempt_id")).ToDictionary(r => r.Id, r => r.Count);
        var duringBackup = acknowledged.Count(a => a.At >= backupStarted && a.At <= backupEnded);
        TestContext.Out.WriteLine($"acknowledged: {beforeBackup.Count} before the backup, {duringBackup} during it, {acknowledged.Count} in all; restored: {stored.Count}");
        Assert.Multiple(async () =>
        {
            Assert.That(restore.ExitCode, Is.Zero, restore.Output);
            Assert.That(duringBackup, Is.Positive, "answers kept arriving during the backup");
            Assert.That(beforeBackup.Where(id => !stored.ContainsKey(id)), Is.Empty, $"of {beforeBackup.Count} acknowledged before the backup, missing");
            Assert.That(beforeBackup.Where(id => stored.GetValueOrDefault(id) > 1), Is.Empty, "restored more than once");
            Assert.That(await SchemaVersionsAsync(restored), Is.EqualTo(await SchemaVersionsAsync(new MySqlConnection(TestEnvironment.ConnectionString))));
            Assert.That(await File.ReadAllTextAsync(Path.Combine(TempPath("restored-uploads"), Path.GetRelativePath(uploads, upload))),
                Is.EqualTo(await File.ReadAllTextAsync(upload)), "the waiting import's upload is restored");
        });
    }

    [Test]
    public async Task RestoreRefusesADatabaseWithTablesUnlessForced()
    {
        var backup = await BackupAsync(TempPath("uploads"));
        await using (var server = new MySqlConnection(_target.Server))
            await server.ExecuteAsync("CREATE DATABASE learning_occupied; CREATE TABLE learning_occupied.kept (id INT)");

        var refused = await RestoreAsync(backup, "learning_occupied", TempPath("refused-uploads"));
        var tablesAfterRefusal = await TablesAsync("learning_occupied");
        var forced = await RestoreAsync(backup, "learning_occupied", TempPath("refused-uploads"), "--force");

        Assert.Multiple(async () =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(3), refused.Output);
            Assert.That(refused.Output, Does.Contain("refusing"));
            Assert.That(tablesAfterRefusal, Is.EqualTo(new[] { "kept" }), "a refused restore changes nothing");
            Assert.That(forced.ExitCode, Is.Zero, forced.Output);
            Assert.That(await TablesAsync("learning_occupied"), Does.Contain("attempts").And.Not.Contain("kept"));
        });
    }

    private static async Task AnswerUntilStoppedAsync(HttpClient learner, IReadOnlyList<long> questions,
        ConcurrentQueue<(string, long)> acknowledged, CancellationToken stop)
    {
        var session = await learner.StartAsync(SessionMode.Cram);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            // Only a 2xx is an acknowledgement: it is sent after the answer's transaction committed.
            var clientAttemptId = Guid.NewGuid().ToString();
            using var response = await learner.SendAnswerAsync(session, questions[i % questions.Count], selected: [i % 3 == 0 ? "b" : "a"],
                clientAttemptId: clientAttemptId);
            if (response.IsSuccessStatusCode)
                acknowledged.Enqueue((clientAttemptId, Stopwatch.GetTimestamp()));
        }
    }

    private async Task<string> BackupAsync(string uploads)
    {
        var backup = Path.Combine(TempPath("backups"), "backup");
        var run = await ShellScripts.RepositoryScriptAsync("backup", ["--out", backup], new Dictionary<string, string?>
        {
            ["ConnectionStrings__Learning"] = TestEnvironment.ConnectionString,
            ["Imports__UploadDirectory"] = uploads,
        });
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        return backup;
    }

    private Task<ShellScripts.Result> RestoreAsync(string backup, string database, string uploads, params string[] options) =>
        ShellScripts.RepositoryScriptAsync("restore", [backup, "--into", _target.ConnectionString(database), "--uploads", uploads, .. options]);

    private async Task<List<string>> TablesAsync(string database)
    {
        await using var connection = new MySqlConnection(_target.Server);
        return (await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = @database ORDER BY table_name", new { database })).ToList();
    }

    private static async Task<List<int>> SchemaVersionsAsync(MySqlConnection connection)
    {
        await using (connection)
            return (await connection.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "learners did not get answers acknowledged");
            await Task.Delay(20);
        }
    }

    private string TempPath(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"adaptive-backup-test-{_run}-{name}");
        if (!_directories.Contains(path))
            _directories.Add(path);
        return path;
    }
}
