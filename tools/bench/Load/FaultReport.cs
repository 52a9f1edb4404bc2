using System.Globalization;
using System.Text;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Bench.Load;

/// <summary>
/// Turns scripts/faults' request log and fault timeline into docs/reliability.md: per fault, the answers acknowledged
/// while it lasted, how many of them the database holds (once), the errors clients saw by status and how long until
/// requests succeeded again; then latency between faults and how the background jobs ended.
/// Exits 1 when an acknowledged answer is missing or stored twice.
/// </summary>
internal static class FaultReport
{
    /// <summary>A fault's effect is judged over this long after the component is back, not only while it is down.</summary>
    private static readonly long SettleMs = 20_000;

    /// <summary>The first seconds of the paced run warm the instances (JIT, caches) and are left out of "between faults".</summary>
    private static readonly long WarmupMs = 20_000;

    private sealed record Request(long AtMs, int Status, double Ms, string ClientAttemptId)
    {
        public bool Ok => Status is >= 200 and < 300;
    }

    private sealed record Fault(string Name, long StartMs, long RestoredMs);

    public static async Task<int> RunAsync(string outDir, string markdownPath, string connectionString, string? setting)
    {
        var origin = long.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "start-ms.txt")), CultureInfo.InvariantCulture);
        var requests = await ReadRequestsAsync(Path.Combine(outDir, "requests.tsv"));
        var burst = File.Exists(Path.Combine(outDir, "burst.tsv")) ? await ReadRequestsAsync(Path.Combine(outDir, "burst.tsv")) : [];
        var faults = (await File.ReadAllLinesAsync(Path.Combine(outDir, "events.tsv"))).Select(l => l.Split('\t'))
            .Select(f => new Fault(f[0], long.Parse(f[1], CultureInfo.InvariantCulture) - origin, long.Parse(f[2], CultureInfo.InvariantCulture) - origin))
            .OrderBy(f => f.StartMs).ToList();
        var jobs = File.Exists(Path.Combine(outDir, "jobs.tsv")) ? await File.ReadAllLinesAsync(Path.Combine(outDir, "jobs.tsv")) : [];
        var stored = await StoredCountsAsync(connectionString, requests.Concat(burst).Where(r => r.Ok).Select(r => r.ClientAttemptId).Distinct().ToList());

        var end = requests.Count > 0 ? requests[^1].AtMs + 1 : 0;
        var rows = faults.Select((fault, i) =>
        {
            var until = i + 1 < faults.Count ? faults[i + 1].StartMs : end;
            return Row(fault.Name, requests.Where(r => r.AtMs >= fault.StartMs && r.AtMs < until).ToList(), stored, fault).Text;
        }).ToList();
        if (burst.Count > 0)
            rows.Insert(0, Row("none: closed loop before the faults", burst, stored, null).Text);
        var (total, lostTotal, doubledTotal) = Row("**whole run**", burst.Concat(requests).ToList(), stored, null);

        var steady = requests.Where(r => r.AtMs >= WarmupMs && !faults.Any(f => r.AtMs >= f.StartMs && r.AtMs < f.RestoredMs + SettleMs)).ToList();
        var steadySeconds = Math.Max(1, (end - WarmupMs - faults.Sum(f => Math.Min(end, f.RestoredMs + SettleMs) - f.StartMs)) / 1000.0);
        var latencies = steady.Select(r => r.Ms).Order().ToArray();

        var md = new StringBuilder();
        md.AppendLine("# Reliability: faults under load (scripts/faults)").AppendLine();
        md.AppendLine("Written by `scripts/faults`; rerun it to refresh. Three API instances behind HAProxy on a three-node MariaDB Galera");
        md.AppendLine("cluster with Redis, all on this one 2-core machine (loopback). Learners answer about once a second each with a fresh");
        md.AppendLine("`clientAttemptId`; after any failure a learner sends the same answer again (waiting what `Retry-After` says, at most 1 s)");
        md.AppendLine("until it is acknowledged, as the SDKs do. Every request is logged; after the run every acknowledged `clientAttemptId` is");
        md.AppendLine("looked up in the database. A fault's row covers the time from the fault until the next one; *recovery* is the time");
        md.AppendLine("from the fault to the last failed request it caused.").AppendLine();
        if (setting is not null)
            md.AppendLine($"Run: {setting}").AppendLine();
        md.AppendLine("| fault | answers acknowledged | stored | lost | stored twice | requests | errors by status | recovery (s) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---|---:|");
        foreach (var row in rows)
            md.AppendLine(row);
        md.AppendLine(total).AppendLine();
        md.AppendLine(FormattableString.Invariant(
            $"Between faults (after a {WarmupMs / 1000} s warm-up, outside each fault and the {SettleMs / 1000} s after its component returned): {steady.Count:N0} requests, {steady.Count / steadySeconds:F0} req/s, p50 {LatencyStats.Percentile(latencies, 0.50):F1} ms, p99 {LatencyStats.Percentile(latencies, 0.99):F1} ms (target p99 < 100 ms)."));
        md.AppendLine();
        if (burst.Count > 0)
        {
            var burstSeconds = Math.Max(1, burst.Max(b => b.AtMs + b.Ms) / 1000.0);
            var burstLatencies = burst.Select(b => b.Ms).Order().ToArray();
            md.AppendLine(FormattableString.Invariant(
                $"Closed loop before the faults (every learner answering back to back, {burstSeconds:F0} s): {burst.Count(b => b.Ok) / burstSeconds:F0} answers/s acknowledged, p50 {LatencyStats.Percentile(burstLatencies, 0.50):F1} ms, p99 {LatencyStats.Percentile(burstLatencies, 0.99):F1} ms."));
            md.AppendLine();
        }
        if (jobs.Length > 0)
        {
            md.AppendLine("Background jobs running through the faults:").AppendLine();
            md.AppendLine("| job | outcome | runs claimed | effect checked |").AppendLine("|---|---|---:|---|");
            foreach (var job in jobs)
                md.AppendLine("| " + string.Join(" | ", job.Split('\t')) + " |");
            md.AppendLine();
        }
        if (File.Exists(Path.Combine(outDir, "metrics.txt")))
        {
            md.AppendLine("Scraped from each instance's `/metrics` at the end (counters since that instance started; a restarted one counts from its restart):").AppendLine();
            md.AppendLine("```").Append(await File.ReadAllTextAsync(Path.Combine(outDir, "metrics.txt"))).AppendLine("```").AppendLine();
        }
        var verdict = lostTotal == 0 && doubledTotal == 0 ? "**0 lost, 0 stored twice.**" : $"**{lostTotal} lost, {doubledTotal} stored twice.**";
        md.AppendLine($"Verdict: {verdict} Errors other than 503 are listed in the table by status (0 = no response at all).");

        var text = md.ToString();
        await File.WriteAllTextAsync(markdownPath, text);
        Console.Write(text);
        return lostTotal == 0 && doubledTotal == 0 ? 0 : 1;
    }

    private static async Task<List<Request>> ReadRequestsAsync(string path) =>
        (await File.ReadAllLinesAsync(path)).Select(l => l.Split('\t'))
            .Select(f => new Request(long.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture),
                double.Parse(f[2], CultureInfo.InvariantCulture), f[3]))
            .OrderBy(r => r.AtMs).ToList();

    private static (string Text, int Lost, int Doubled) Row(string name, List<Request> window, IReadOnlyDictionary<string, int> stored, Fault? fault)
    {
        var acknowledged = window.Where(r => r.Ok).Select(r => r.ClientAttemptId).Distinct().ToList();
        var found = acknowledged.Count(id => stored.ContainsKey(id));
        var doubled = acknowledged.Count(id => stored.GetValueOrDefault(id) > 1);
        var failed = window.Where(r => !r.Ok).ToList();
        var errors = failed.Count == 0 ? "none" : string.Join(", ", failed.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        var recovery = fault is null ? "" : failed.Count == 0 ? "0" :
            ((failed.Max(r => r.AtMs + r.Ms) - fault.StartMs) / 1000.0).ToString("F1", CultureInfo.InvariantCulture);
        return ($"| {name} | {acknowledged.Count:N0} | {found:N0} | {acknowledged.Count - found:N0} | {doubled:N0} | {window.Count:N0} | {errors} | {recovery} |",
            acknowledged.Count - found, doubled);
    }

    /// <summary>How many attempts rows each acknowledged clientAttemptId has (absent = lost).</summary>
    private static async Task<Dictionary<string, int>> StoredCountsAsync(string connectionString, List<string> ids)
    {
        var counts = new Dictionary<string, int>();
        await using var connection = new MySqlConnection(connectionString);
        foreach (var chunk in ids.Chunk(2000))
            foreach (var (id, count) in await connection.QueryAsync<(string, int)>(
                         "SELECT client_attempt_id, COUNT(*) FROM attempts WHERE client_attempt_id IN @Ids GROUP BY client_attempt_id", new { Ids = chunk }))
                counts[id] = count;
        return counts;
    }
}
