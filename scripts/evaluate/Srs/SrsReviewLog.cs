using System.Globalization;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Evaluate.Srs;

/// <summary>Reads a review log in the srs-benchmark layout: card_id,review_rating,review_time,review_duration.</summary>
public static class SrsReviewLog
{
    /// <summary>All reviews in time order; reviews at the same instant keep their file order.</summary>
    public static IReadOnlyList<SrsReviewLogEntry> Read(string path) =>
        File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(Parse)
            .OrderBy(entry => entry.Review.ReviewedAt)
            .ToList();

    private static SrsReviewLogEntry Parse(string line)
    {
        var fields = line.Split(',');
        return new SrsReviewLogEntry(
            fields[0],
            new ReviewRecord(
                (Rating)int.Parse(fields[1], CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(fields[2], CultureInfo.InvariantCulture)));
    }
}
