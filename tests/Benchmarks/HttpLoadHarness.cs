using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AdaptiveLearning.Benchmarks;

/// <summary>
/// Closed-loop load against a running API on this machine: for each route, CONCURRENCY workers
/// send requests back to back for SECONDS. /health/live (no work behind it) is the ceiling of
/// the HTTP stack on this machine; every other route is reported as a ratio of it.
/// </summary>
internal static class HttpLoadHarness
{
    public static async Task<int> RunAsync(string baseUrl, int seconds, int concurrency)
    {
        var uri = new Uri(baseUrl);
        if (!uri.IsLoopback)
        {
            Console.Error.WriteLine("The load harness only targets this machine (loopback addresses).");
            return 2;
        }
        using var http = new HttpClient { BaseAddress = uri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(http));
        var questionId = await FirstQuestionIdAsync(http);

        var routes = new List<(string Name, string Path)>
        {
            ("ceiling: GET /health/live", "/health/live"),
            ("GET /api/v1/hierarchy (cached)", "/api/v1/hierarchy"),
            ("GET /api/v1/questions?limit=20 (cached page)", "/api/v1/questions?limit=20"),
            ("GET /api/v1/users/me (database)", "/api/v1/users/me"),
        };
        if (questionId is { } id)
            routes.Insert(2, ("GET /api/v1/questions/{id} (cached)", $"/api/v1/questions/{id}"));

        var results = new List<(string Name, LoadResult Result)>();
        foreach (var (name, path) in routes)
        {
            await MeasureAsync(http, path, 1, 2); // warm up: JIT, connection pool, cache fill
            results.Add((name, await MeasureAsync(http, path, concurrency, seconds)));
        }

        var ceiling = results[0].Result.RequestsPerSecond;
        Console.WriteLine($"| route | requests/s | ratio to ceiling | p50 ms | p95 ms | errors |");
        Console.WriteLine($"|---|---:|---:|---:|---:|---:|");
        foreach (var (name, r) in results)
            Console.WriteLine($"| {name} | {r.RequestsPerSecond:N0} | {r.RequestsPerSecond / ceiling:0.00} | {r.P50:0.00} | {r.P95:0.00} | {r.Errors} |");
        return results.Any(r => r.Result.Errors > 0) ? 1 : 0;
    }

    private static async Task<LoadResult> MeasureAsync(HttpClient http, string path, int concurrency, int seconds)
    {
        var deadline = Stopwatch.StartNew();
        var latencies = new List<double>[concurrency];
        var errors = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            latencies[worker] = [];
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                latencies[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length / deadline.Elapsed.TotalSeconds, Percentile(all, 0.5), Percentile(all, 0.95), errors);
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];

    private static async Task<string> SignInAsync(HttpClient http)
    {
        var name = $"bench{Environment.ProcessId}";
        const string password = "benchmark-password-0001";
        await http.PostAsJsonAsync("/api/v1/auth/register", new { email = $"{name}@example.test", username = name, password });
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { login = name, password });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<long?> FirstQuestionIdAsync(HttpClient http)
    {
        var page = await http.GetFromJsonAsync<JsonElement>("/api/v1/questions?limit=1");
        return page.GetProperty("items").EnumerateArray().Select(i => (long?)i.GetProperty("id").GetInt64()).FirstOrDefault();
    }

    private sealed record LoadResult(double RequestsPerSecond, double P50, double P95, int Errors);
}
