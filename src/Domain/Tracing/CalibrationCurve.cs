namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// Reliability-diagram data: predictions grouped into equal-width probability bins, each bin's mean prediction
/// against its observed rate, and the expected calibration error (the count-weighted mean gap).
/// </summary>
public sealed record CalibrationCurve(IReadOnlyList<CalibrationBin> Bins, double ExpectedCalibrationError)
{
    public static CalibrationCurve Of(IReadOnlyList<double> predicted, IReadOnlyList<bool> actual, int bins = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (predicted.Count != actual.Count)
            throw new ArgumentException("Each prediction needs an outcome.", nameof(actual));
        var count = new int[bins];
        var predictedSum = new double[bins];
        var correct = new int[bins];
        for (var i = 0; i < predicted.Count; i++)
        {
            var bin = Math.Clamp((int)(predicted[i] * bins), 0, bins - 1);
            count[bin]++;
            predictedSum[bin] += predicted[i];
            correct[bin] += actual[i] ? 1 : 0;
        }

        var filled = Enumerable.Range(0, bins).Where(b => count[b] > 0)
            .Select(b => new CalibrationBin((double)b / bins, (double)(b + 1) / bins, count[b], predictedSum[b] / count[b], (double)correct[b] / count[b]))
            .ToList();
        var total = Math.Max(1, predicted.Count);
        return new CalibrationCurve(filled, filled.Sum(b => b.Count * Math.Abs(b.MeanPredicted - b.Observed)) / total);
    }
}
