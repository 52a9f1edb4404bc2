namespace AdaptiveLearning.Bench.Load;

/// <summary>Throughput and latency percentiles over one measured window.</summary>
internal sealed record LatencyStats(long Count, double Seconds, double P50Ms, double P99Ms, long Errors)
{
    public double PerSecond => Seconds > 0 ? Count / Seconds : 0;

    public static LatencyStats From(IEnumerable<List<double>> latenciesMs, double seconds, long errors)
    {
        var all = latenciesMs.SelectMany(l => l).Order().ToArray();
        return new LatencyStats(all.Length, seconds, Percentile(all, 0.50), Percentile(all, 0.99), errors);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>The line scripts/bench parses, the same shape the wrk scripts print.</summary>
    public string ToBenchLine() =>
        FormattableString.Invariant($"BENCH requests={Count} seconds={Seconds:F2} rps={PerSecond:F1} p50_ms={P50Ms:F2} p99_ms={P99Ms:F2} errors={Errors}");
}
