namespace AdaptiveLearning.Evaluate;

/// <summary>A mean with its 95 % Student-t interval half-width, for figures repeated over independent seeds.</summary>
internal readonly record struct ConfidenceInterval(double Mean, double HalfWidth)
{
    // Two-sided 97.5 % quantiles of Student's t for 1..30 degrees of freedom.
    private static readonly double[] TQuantiles =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    public static ConfidenceInterval Of(IReadOnlyList<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        var mean = values.Average();
        if (values.Count == 1)
            return new ConfidenceInterval(mean, double.NaN);
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        var degrees = values.Count - 1;
        var t = degrees <= TQuantiles.Length ? TQuantiles[degrees - 1] : 1.96;
        return new ConfidenceInterval(mean, t * Math.Sqrt(variance / values.Count));
    }

    /// <param name="widthFormat">The half-width's format when it differs from the mean's (a signed mean, say).</param>
    public string Format(string format, string? widthFormat = null) =>
        double.IsNaN(HalfWidth)
            ? Mean.ToString(format, System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mean.ToString(format)} ± {HalfWidth.ToString(widthFormat ?? format)}");
}
