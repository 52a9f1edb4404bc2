using System.Data;
using System.Diagnostics;
using System.Text.Json;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Bench.Load;

/// <summary>
/// The rows one answer costs the database, without the API: lock the learner's card (creating it on a
/// first answer), append the attempt with the card before and after, update the card, commit. Each
/// client is its own learner, as the API's answers come from many learners; commits are durable
/// (the server keeps its default flush settings).
/// </summary>
internal static class RawAnswerTransaction
{
    private const string LockCard = """
        SELECT id, state, reps, lapses, ease_factor AS EaseFactor, interval_days AS IntervalDays
        FROM cards WHERE user_id = @UserId AND question_id = @QuestionId FOR UPDATE
        """;

    public static async Task<int> RunAsync(string connectionString, int clients, int seconds, int warmup)
    {
        await using var db = new MySqlDataSourceBuilder(connectionString).Build();
        var questions = await PublishedQuestionsAsync(db);
        var users = await RawUsersAsync(db, clients);
        var latencies = Enumerable.Range(0, clients).Select(_ => new List<double>()).ToArray();
        long errors = 0;
        var clock = Stopwatch.StartNew();
        var measureFrom = TimeSpan.FromSeconds(warmup);
        var stopAt = TimeSpan.FromSeconds(warmup + seconds);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            while (clock.Elapsed < stopAt)
            {
                var started = Stopwatch.GetTimestamp();
                var measured = clock.Elapsed >= measureFrom;
                try
                {
                    await AnswerOnceAsync(db, users[client], questions[random.Next(questions.Count)], random);
                    if (measured) latencies[client].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (MySqlException)
                {
                    if (measured) Interlocked.Increment(ref errors);
                }
            }
        })));
        Console.WriteLine(LatencyStats.From(latencies, seconds, errors).ToBenchLine());
        return 0;
    }

    private static async Task AnswerOnceAsync(MySqlDataSource db, string userId, (long Id, int Version) question, Random random)
    {
        await using var connection = await db.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted);
        var key = new { UserId = userId, QuestionId = question.Id };
        var card = await connection.QueryFirstOrDefaultAsync<RawCard>(LockCard, key, tx);
        var now = DateTime.UtcNow;
        if (card is null)
        {
            await connection.ExecuteAsync("""
                INSERT INTO cards (question_id, user_id, state, ease_factor, interval_days, reps, lapses, created_at, updated_at)
                VALUES (@QuestionId, @UserId, 0, 2.5, 0, 0, 0, @Now, @Now) ON DUPLICATE KEY UPDATE id = id
                """, new { key.UserId, key.QuestionId, Now = now }, tx);
            card = await connection.QuerySingleAsync<RawCard>(LockCard, key, tx);
        }
        var correct = random.NextDouble() < 0.7;
        var after = card.Answered(correct, now);
        await connection.ExecuteAsync("""
            INSERT INTO attempts (user_id, client_attempt_id, session_id, card_id, question_id, question_version, mode, selected,
                                  answer_text, correct, grading, rating, rating_derived, time_spent_ms, answered_at, recorded_at,
                                  affects_schedule, state_before, card_before, card_after)
            VALUES (@UserId, @ClientAttemptId, NULL, @CardId, @QuestionId, @Version, 'practice', @Selected, NULL, @Correct, 'auto',
                    @Rating, 1, @TimeSpentMs, @Now, @Now, 1, @StateBefore, @Before, @After)
            """, new
        {
            key.UserId, ClientAttemptId = Guid.NewGuid().ToString("N"), CardId = card.Id, key.QuestionId, question.Version,
            Selected = correct ? "[\"A\"]" : "[\"B\"]", Correct = correct, Rating = correct ? 3 : 1,
            TimeSpentMs = random.Next(2_000, 20_000), Now = now, StateBefore = card.State,
            Before = JsonSerializer.Serialize(card.Snapshot(now)), After = JsonSerializer.Serialize(after.Snapshot(now)),
        }, tx);
        await connection.ExecuteAsync("""
            UPDATE cards SET state = @State, reps = @Reps, lapses = @Lapses, ease_factor = @EaseFactor,
                             interval_days = @IntervalDays, due = @Due, last_review = @Now, updated_at = @Now
            WHERE id = @Id
            """, new { after.State, after.Reps, after.Lapses, after.EaseFactor, after.IntervalDays, after.Id,
                       Due = now.AddDays(after.IntervalDays), Now = now }, tx);
        await tx.CommitAsync();
    }

    private static async Task<List<(long Id, int Version)>> PublishedQuestionsAsync(MySqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(long, int)>(
            "SELECT id, version FROM questions WHERE status = 'published' ORDER BY id LIMIT 5000")).ToList();
        return rows.Count > 0 ? rows : throw new InvalidOperationException("no published questions: import a bank first");
    }

    /// <summary>One learner per client, created straight in the table (the raw path has no API to register through).</summary>
    private static async Task<string[]> RawUsersAsync(MySqlDataSource db, int clients)
    {
        await using var connection = await db.OpenConnectionAsync();
        var ids = new string[clients];
        for (var i = 0; i < clients; i++)
        {
            var name = $"rawtx-{i:D3}";
            await connection.ExecuteAsync("""
                INSERT IGNORE INTO users (id, email, username, password_hash, settings, created_at)
                VALUES (UUID(), @Email, @Name, 'none', '{}', UTC_TIMESTAMP(6))
                """, new { Email = name + "@bench.invalid", Name = name });
            // MySqlConnector reads CHAR(36) as a Guid.
            ids[i] = (await connection.QuerySingleAsync<Guid>("SELECT id FROM users WHERE username = @Name", new { Name = name })).ToString();
        }
        return ids;
    }
}
