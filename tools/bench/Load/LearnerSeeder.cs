using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Bench.Load;

/// <summary>
/// Registers the bench learners through the API, starts a learn and a practice session for each and
/// loads a history of past answers through the batch route (50-150 answers each, about 70% correct,
/// some questions answered again, spread over the past 30 days), plus one learner with 100 and one
/// with 10,000 past answers. Writes the files the wrk scripts read.
/// </summary>
internal static class LearnerSeeder
{
    private const string Password = "bench-password-not-secret";
    private const int BatchLimit = 1000;

    public static async Task<int> RunAsync(Uri baseUri, string outDir, int learners, string connectionString)
    {
        if (!baseUri.IsLoopback)
            throw new InvalidOperationException("the bench only targets this machine (loopback)");
        Directory.CreateDirectory(outDir);
        var bank = await LoadBankAsync(connectionString);
        await File.WriteAllLinesAsync(Path.Combine(outDir, "questions.txt"), bank.Select(q => $"{q.Id} {q.CorrectKey} {q.WrongKey}"));
        await File.WriteAllTextAsync(Path.Combine(outDir, "topic.txt"), await TopicPathAsync(connectionString));

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 })
            { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(5) };
        var clock = Stopwatch.StartNew();
        var seeded = new SeededLearner[learners];
        long answers = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, learners), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var random = new Random(i);
            var history = random.Next(50, 151);
            seeded[i] = await SeedAsync(http, $"bench-{i:D4}", History(bank, random, history, distinctShare: 0.8, days: 30), ct);
            Interlocked.Add(ref answers, history);
        });
        await File.WriteAllLinesAsync(Path.Combine(outDir, "learners.txt"), seeded.Select(s => s.ToLine()));
        var light = await SeedAsync(http, "bench-light", History(bank, new Random(100), 100, 0.8, 30), CancellationToken.None);
        var heavy = await SeedAsync(http, "bench-heavy", History(bank, new Random(10_000), 10_000, 0.4, 365), CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(outDir, "light.txt"), light.ToLine() + "\n");
        await File.WriteAllTextAsync(Path.Combine(outDir, "heavy.txt"), heavy.ToLine() + "\n");
        Console.Error.WriteLine($"seeded {learners} learners with {answers:N0} past answers, plus 100 and 10,000-answer learners, in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    internal static async Task<SeededLearner> SeedAsync(HttpClient http, string name, List<object> history, CancellationToken ct)
    {
        // 409 when a previous run on the same data dir registered it already: logging in is enough.
        int registered;
        using (var register = await http.PostAsJsonAsync("/api/v1/auth/register", new { email = $"{name}@bench.invalid", username = name, password = Password }, ct))
        {
            registered = (int)register.StatusCode;
            if (!register.IsSuccessStatusCode && registered != 409)
                throw new InvalidOperationException($"register {name}: {registered} {await register.Content.ReadAsStringAsync(ct)}");
        }
        var token = (await PostAsync(http, "/api/v1/auth/login", null, new { login = name, password = Password }, ct, $"after register {registered}"))
            .GetProperty("accessToken").GetString()!;
        var learn = (await PostAsync(http, "/api/v1/sessions", token, new { mode = "learn" }, ct)).GetProperty("id").GetGuid();
        var practice = (await PostAsync(http, "/api/v1/sessions", token, new { mode = "practice" }, ct)).GetProperty("id").GetGuid();
        foreach (var batch in history.Chunk(BatchLimit))
        {
            var result = await PostAsync(http, "/api/v1/answers/batch", token, new { answers = batch }, ct);
            if (result.GetProperty("failed").GetInt32() > 0)
                throw new InvalidOperationException($"history of {name}: {result}");
        }
        return new SeededLearner(token, learn, practice);
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, string? token, object body, CancellationToken ct, string? context = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {path}{(context is null ? "" : $" ({context})")}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Answers in time order: a share of distinct questions, the rest repeats of earlier ones.</summary>
    private static List<object> History(IReadOnlyList<BankQuestion> bank, Random random, int count, double distinctShare, int days)
    {
        var distinct = Math.Max(1, Math.Min(bank.Count, (int)(count * distinctShare)));
        var chosen = Enumerable.Range(0, distinct).Select(_ => bank[random.Next(bank.Count)]).DistinctBy(q => q.Id).ToList();
        var start = DateTimeOffset.UtcNow.AddDays(-days);
        var step = TimeSpan.FromDays(days) / (count + 1);
        return Enumerable.Range(0, count).Select(n =>
        {
            var question = n < chosen.Count ? chosen[n] : chosen[random.Next(chosen.Count)];
            var correct = random.NextDouble() < 0.7;
            return (object)new
            {
                clientAttemptId = $"history-{n}",
                questionId = question.Id,
                selected = new[] { correct ? question.CorrectKey : question.WrongKey },
                answeredAt = start + step * (n + 1),
                timeSpentMs = random.Next(3_000, 25_000),
            };
        }).ToList();
    }

    internal static async Task<List<BankQuestion>> LoadBankAsync(string connectionString)
    {
        await using var connection = new MySqlConnection(connectionString);
        var rows = await connection.QueryAsync<(long Id, string Content)>(
            "SELECT id, content FROM questions WHERE status = 'published' AND type = 'mcq' ORDER BY id");
        var bank = rows.Select(r => BankQuestion.FromContent(r.Id, r.Content)).OfType<BankQuestion>().ToList();
        return bank.Count > 0 ? bank : throw new InvalidOperationException("no published multiple-choice questions with keys found");
    }

    private static async Task<string> TopicPathAsync(string connectionString)
    {
        await using var connection = new MySqlConnection(connectionString);
        return await connection.QueryFirstOrDefaultAsync<string>("SELECT path FROM hierarchy_nodes WHERE parent_id IS NULL ORDER BY id LIMIT 1")
            ?? throw new InvalidOperationException("the bank has no hierarchy");
    }
}
