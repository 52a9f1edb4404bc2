using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;

namespace AdaptiveLearning.Bench.Load;

/// <summary>
/// scripts/faults' learners: each answers a question about once a second through the load balancer with a fresh
/// clientAttemptId and, like a real client, sends the same answer again after any failure (waiting what Retry-After
/// says, at most a second) until it is acknowledged. Every request is logged with its time, status and latency, every
/// acknowledged clientAttemptId is kept, so the report can check acknowledged = stored after each fault.
/// Runs until OUT_DIR/stop appears or the time is up.
/// </summary>
internal static class FaultLoad
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(Uri baseUri, string outDir, int learners, int seconds, int burstSeconds, string connectionString)
    {
        if (!baseUri.IsLoopback)
            throw new InvalidOperationException("the fault suite only targets this machine (loopback)");
        Directory.CreateDirectory(outDir);
        var bank = await LearnerSeeder.LoadBankAsync(connectionString);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
            { BaseAddress = baseUri, Timeout = RequestTimeout };

        var run = Guid.NewGuid().ToString("N")[..8];
        var seeded = new SeededLearner[learners];
        await Parallel.ForEachAsync(Enumerable.Range(0, learners), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            seeded[i] = await LearnerSeeder.SeedAsync(http, $"faults-{run}-{i:D4}", [], ct));
        Console.Error.WriteLine($"faults: {learners} learners signed in; answering for up to {seconds} s");

        var log = new ConcurrentQueue<string>();
        var acknowledged = new ConcurrentQueue<string>();
        if (burstSeconds > 0)
            await BurstAsync(http, seeded, bank, burstSeconds, outDir, acknowledged);
        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(Path.Combine(outDir, "start-ms.txt"), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString());
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var stopFile = Path.Combine(outDir, "stop");
        _ = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && !File.Exists(stopFile))
                await Task.Delay(200);
            await stop.CancelAsync();
        });

        await Task.WhenAll(seeded.Select((learner, i) => Task.Run(() =>
            AnswerUntilStoppedAsync(http, learner, bank, new Random(i), clock, log, acknowledged, paced: true, stop.Token))));

        await File.WriteAllLinesAsync(Path.Combine(outDir, "requests.tsv"), log);
        await File.WriteAllLinesAsync(Path.Combine(outDir, "acknowledged.txt"), acknowledged);
        Console.Error.WriteLine($"faults: {log.Count:N0} requests, {acknowledged.Count:N0} answers acknowledged in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>
    /// Before the faults, every learner answers back to back (closed loop) for a while: the answers per second the
    /// whole stack sustains, for sizing. Its answers are acknowledged and checked like the rest.
    /// </summary>
    private static async Task BurstAsync(HttpClient http, SeededLearner[] learners, IReadOnlyList<BankQuestion> bank, int seconds,
        string outDir, ConcurrentQueue<string> acknowledged)
    {
        var log = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        await Task.WhenAll(learners.Select((learner, i) => Task.Run(() =>
            AnswerUntilStoppedAsync(http, learner, bank, new Random(-1 - i), clock, log, acknowledged, paced: false, stop.Token))));
        await File.WriteAllLinesAsync(Path.Combine(outDir, "burst.tsv"), log);
        Console.Error.WriteLine($"faults: closed loop for {seconds} s: {log.Count:N0} requests");
    }

    private static async Task AnswerUntilStoppedAsync(HttpClient http, SeededLearner learner, IReadOnlyList<BankQuestion> bank, Random random,
        Stopwatch clock, ConcurrentQueue<string> log, ConcurrentQueue<string> acknowledged, bool paced, CancellationToken stop)
    {
        // Spread the learners over the first second, as real ones do not start in step.
        if (paced)
            await Pause(TimeSpan.FromMilliseconds(random.Next(1000)), stop);
        while (!stop.IsCancellationRequested)
        {
            var question = bank[random.Next(bank.Count)];
            var answer = new
            {
                clientAttemptId = Guid.NewGuid().ToString("N"),
                questionId = question.Id,
                selected = new[] { random.NextDouble() < 0.7 ? question.CorrectKey : question.WrongKey },
                timeSpentMs = random.Next(2_000, 20_000),
            };
            while (!stop.IsCancellationRequested)
            {
                var (status, retryAfter, ms, at) = await SendAsync(http, learner, answer, clock);
                log.Enqueue(FormattableString.Invariant($"{at}\t{status}\t{ms:F1}\t{answer.clientAttemptId}"));
                if (status is >= 200 and < 300)
                {
                    acknowledged.Enqueue(answer.clientAttemptId);
                    break;
                }
                await Pause(retryAfter, stop);
            }
            if (paced)
                await Pause(TimeSpan.FromMilliseconds(random.Next(500, 1500)), stop);
        }
    }

    /// <returns>Status 0 when no response came (connection refused or reset, timeout).</returns>
    private static async Task<(int Status, TimeSpan RetryAfter, double Ms, long AtMs)> SendAsync(HttpClient http, SeededLearner learner,
        object answer, Stopwatch clock)
    {
        var started = clock.Elapsed;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sessions/{learner.PracticeSession}/answers")
            { Content = JsonContent.Create(answer) };
        request.Headers.Authorization = new("Bearer", learner.Token);
        try
        {
            using var response = await http.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            var retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(500);
            return ((int)response.StatusCode, retryAfter < TimeSpan.FromSeconds(1) ? retryAfter : TimeSpan.FromSeconds(1),
                (clock.Elapsed - started).TotalMilliseconds, (long)started.TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            Console.Error.WriteLine($"faults: no response at {started.TotalSeconds:F1} s: {e.GetType().Name}: {e.Message}");
            return (0, TimeSpan.FromMilliseconds(500), (clock.Elapsed - started).TotalMilliseconds, (long)started.TotalMilliseconds);
        }
    }

    private static async Task Pause(TimeSpan delay, CancellationToken stop)
    {
        try { await Task.Delay(delay, stop); }
        catch (OperationCanceledException) { }
    }
}
