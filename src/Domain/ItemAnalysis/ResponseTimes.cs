namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>
/// Response times in logarithmic buckets (20 per decade, each about 12 % wide), so a median can be kept incrementally:
/// counts per bucket add and subtract, where a list of every time would not. The median is the middle of its bucket.
/// </summary>
public static class ResponseTimes
{
    private const double BucketsPerDecade = 20;

    public static int Bucket(int milliseconds) =>
        milliseconds <= 1 ? 0 : (int)Math.Floor(BucketsPerDecade * Math.Log10(milliseconds));

    /// <returns>The median in milliseconds (the geometric middle of its bucket), or null without answers.</returns>
    public static int? Median(IEnumerable<TimeBucketCount> buckets)
    {
        var ordered = buckets.Where(b => b.Answers > 0).OrderBy(b => b.Bucket).ToList();
        var total = ordered.Sum(b => b.Answers);
        if (total == 0)
            return null;
        long seen = 0;
        foreach (var bucket in ordered)
        {
            seen += bucket.Answers;
            if (seen * 2 >= total)
                return (int)Math.Round(Math.Pow(10, (bucket.Bucket + 0.5) / BucketsPerDecade));
        }
        return null;
    }
}
