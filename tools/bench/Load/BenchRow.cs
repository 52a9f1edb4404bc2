using System.Globalization;

namespace AdaptiveLearning.Bench.Load;

/// <summary>One measured line of the results file scripts/bench writes (tab separated, blank where not applicable).</summary>
internal sealed record BenchRow(string Key, string Route, int Connections, double Rps, double P50Ms, double P99Ms, long Errors, long? Acknowledged, long? Stored)
{
    public static BenchRow Parse(string line)
    {
        var f = line.Split('\t');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        long? L(int i) => f.Length > i && long.TryParse(f[i], out var v) ? v : null;
        return new BenchRow(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), D(3), D(4), D(5), L(6) ?? 0, L(7), L(8));
    }
}
