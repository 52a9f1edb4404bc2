namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>
/// FSRS's fuzz: a review interval of 3 days or more moves randomly within a range that widens
/// by 15% of the days between 2.5 and 7, 10% between 7 and 20 and 5% beyond.
/// </summary>
public static class IntervalFuzz
{
    private static readonly (double Start, double End, double Factor)[] Bands =
    [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.10),
        (20.0, double.PositiveInfinity, 0.05),
    ];

    public static (int Minimum, int Maximum) Range(int intervalDays, int maximumIntervalDays)
    {
        var delta = 1.0;
        foreach (var (start, end, factor) in Bands)
        {
            delta += factor * Math.Max(Math.Min(intervalDays, end) - start, 0.0);
        }

        var minimum = Math.Max(2, (int)Math.Round(intervalDays - delta, MidpointRounding.ToEven));
        var maximum = Math.Min((int)Math.Round(intervalDays + delta, MidpointRounding.ToEven), maximumIntervalDays);
        return (Math.Min(minimum, maximum), maximum);
    }

    public static int Apply(int intervalDays, int maximumIntervalDays, Random random)
    {
        if (intervalDays < 2.5)
        {
            return intervalDays;
        }

        var (minimum, maximum) = Range(intervalDays, maximumIntervalDays);
        // Uniform over [minimum, maximum] as in Anki and ts-fsrs; py-fsrs rounds instead of
        // flooring, which can land one day past the range.
        return minimum + random.Next(maximum - minimum + 1);
    }
}
