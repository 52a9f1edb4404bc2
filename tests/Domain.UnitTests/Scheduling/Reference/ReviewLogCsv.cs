using System.Globalization;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling.Reference;

/// <summary>Reads a review log in the srs-benchmark layout: card_id,review_rating,review_time,review_duration.</summary>
internal static class ReviewLogCsv
{
    public static IReadOnlyDictionary<string, List<ReviewRecord>> ReadByCard(string path)
    {
        var byCard = new Dictionary<string, List<ReviewRecord>>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(line => line.Length > 0))
        {
            var fields = line.Split(',');
            var review = new ReviewRecord(
                (Rating)int.Parse(fields[1], CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(fields[2], CultureInfo.InvariantCulture));
            if (!byCard.TryGetValue(fields[0], out var reviews))
            {
                byCard[fields[0]] = reviews = [];
            }

            reviews.Add(review);
        }

        foreach (var reviews in byCard.Values)
        {
            reviews.Sort((a, b) => a.ReviewedAt.CompareTo(b.ReviewedAt));
        }

        return byCard;
    }
}
