namespace AdaptiveLearning.Domain.Groups;

/// <summary>One learner's place on a board.</summary>
/// <param name="Rank">Competition ranking: equal scores share a rank and the next rank skips (1, 1, 3).</param>
public sealed record Standing(int Rank, Guid UserId, string DisplayName, long Score)
{
    /// <summary>Ranks scores, highest first; ties keep the given order (then by name, for a stable board).</summary>
    public static IReadOnlyList<Standing> RankAll(IEnumerable<(Guid UserId, string DisplayName, long Score)> scores)
    {
        var ordered = scores.OrderByDescending(s => s.Score).ThenBy(s => s.DisplayName, StringComparer.Ordinal).ThenBy(s => s.UserId).ToList();
        var standings = new List<Standing>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Score == ordered[i - 1].Score ? standings[i - 1].Rank : i + 1;
            standings.Add(new Standing(rank, ordered[i].UserId, ordered[i].DisplayName, ordered[i].Score));
        }
        return standings;
    }
}
