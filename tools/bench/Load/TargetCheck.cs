namespace AdaptiveLearning.Bench.Load;

/// <summary>The targets, each marked met or missed with the numbers it was judged on.</summary>
internal static class TargetCheck
{
    public static IEnumerable<string> Lines(Dictionary<string, BenchRow> by, double ceiling, double me)
    {
        foreach (var key in new[] { "hierarchy", "hierarchy-path", "question", "questions-page" })
            if (by.TryGetValue(key, out var r))
                yield return AtLeast(r, ceiling, 0.40, "the ceiling");
        foreach (var key in new[] { "me", "progress" })
            if (by.TryGetValue(key, out var r))
                yield return AtLeast(r, ceiling, 0.20, "the ceiling");
        if (by.TryGetValue("answers-32", out var answers) && by.TryGetValue("rawtx-32", out var raw))
            yield return AtLeast(answers, raw.Rps, 0.50, "the raw answer transaction at 32");
        if (by.TryGetValue("answers-paced", out var paced))
        {
            // wrk drops the responses still in flight when it stops: those answers are stored but never acknowledged.
            var unacknowledged = (paced.Stored ?? 0) - (paced.Acknowledged ?? 0);
            var consistent = unacknowledged >= 0 && unacknowledged <= paced.Connections;
            var met = paced.Rps > 0 && paced.P99Ms < 50 && paced.Errors == 0 && consistent;
            var accounting = unacknowledged == 0 ? "equal" : consistent
                ? ReportWriter.Inv($"{unacknowledged} stored but not acknowledged, at most one in flight per connection when wrk stopped")
                : "MISMATCH";
            yield return ReportWriter.Inv($"- {Mark(met)} answers paced ({paced.Connections} learners, one answer a second): p99 < 50 ms, 0 errors, acknowledged = stored — p99 {paced.P99Ms:F1} ms, {paced.Errors} errors, acknowledged {paced.Acknowledged:N0}, stored {paced.Stored:N0} ({accounting})");
        }
        foreach (var key in new[] { "next-learn-32", "next-practice-32" })
            if (by.TryGetValue(key, out var r))
                yield return AtLeast(r, me, 0.25, "/users/me");
        foreach (var key in new[] { "next-learn-paced", "next-practice-paced" })
            if (by.TryGetValue(key, out var r))
                yield return ReportWriter.Inv($"- {Mark(r.Rps > 0 && r.P99Ms < 50 && r.Errors == 0)} {r.Route} paced at {r.Connections}: p99 < 50 ms — p99 {r.P99Ms:F1} ms, {r.Errors} errors");
        if (by.TryGetValue("next-light", out var light) && by.TryGetValue("next-heavy", out var heavy) && light.Rps > 0)
        {
            var ratio = heavy.Rps / light.Rps;
            if (heavy.Rps == 0)
                yield return ReportWriter.Inv($"- **missed** next with 10,000 vs 100 past answers within 20%: no request for the 10,000-answer learner completed within the run (100-answer learner: {light.Rps:N1} req/s)");
            else
            yield return ReportWriter.Inv($"- {Mark(Math.Abs(ratio - 1) <= 0.20)} next with 10,000 vs 100 past answers within 20%: {ReportWriter.Rate(heavy.Rps)} vs {ReportWriter.Rate(light.Rps)} req/s, ratio {ratio:F2} (p99 {heavy.P99Ms:F1} vs {light.P99Ms:F1} ms)");
        }
    }

    private static string AtLeast(BenchRow r, double reference, double share, string of) =>
        ReportWriter.Inv($"- {Mark(reference > 0 && r.Rps >= share * reference)} {r.Route} at {r.Connections} ≥ {share:F2} × {of}: {ReportWriter.Rate(r.Rps)} req/s = {ReportWriter.Ratio(r.Rps, reference)} ×");

    private static string Mark(bool met) => met ? "**met**" : "**missed**";
}
