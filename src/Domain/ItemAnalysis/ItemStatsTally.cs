namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>
/// The changes a batch of answers makes to the item statistics, as deltas to add to the stored sums. Answers are added in
/// the order they were recorded, each with its learner's rest-score just before it (their earlier counted answers), so an
/// answer never counts towards its own ability. Taking an answer back subtracts exactly what adding it added.
/// </summary>
public sealed class ItemStatsTally(IReadOnlyDictionary<string, LearnerTotals> learners, int minAbilityAnswers)
{
    /// <summary>The longest option key the statistics keep (the column width); longer keys are not options of any question.</summary>
    public const int MaxKeyLength = 64;

    private readonly Dictionary<string, LearnerTotals> _learners = new(learners, StringComparer.Ordinal);
    private readonly Dictionary<string, LearnerTotals> _learnerDeltas = new(StringComparer.Ordinal);

    public Dictionary<(long Question, int Version), ItemMoments> Versions { get; } = [];
    public Dictionary<(long Question, int Version, int Bucket), long> Times { get; } = [];
    public Dictionary<(long Question, int Version, string Key, int Band), long> Picks { get; } = [];
    public Dictionary<(long Question, int Version, int Band), (long Answers, long Correct)> Bands { get; } = [];

    /// <summary>Attempts now counted, with the ability they were counted with (kept so an undo can subtract it).</summary>
    public List<(long AttemptId, double? Ability)> Counted { get; } = [];

    public IReadOnlyDictionary<string, LearnerTotals> LearnerDeltas => _learnerDeltas;
    public HashSet<long> Questions { get; } = [];

    /// <returns>The ability the answer was counted with.</returns>
    public double? Add(TalliedAnswer answer)
    {
        var totals = _learners.GetValueOrDefault(answer.UserId, LearnerTotals.None);
        var ability = totals.Ability(minAbilityAnswers);
        Apply(answer, ability, +1);
        Counted.Add((answer.AttemptId, ability));
        return ability;
    }

    /// <summary>Takes back an answer counted earlier with <see cref="TalliedAnswer.Ability"/>.</summary>
    public void Remove(TalliedAnswer answer) => Apply(answer, answer.Ability, -1);

    private void Apply(TalliedAnswer a, double? ability, int sign)
    {
        var key = (a.QuestionId, a.Version);
        var correct = a.Correct ? 1 : 0;
        var x = ability ?? 0;
        var known = ability is null ? 0 : 1;
        var delta = new ItemMoments(sign, sign * correct, sign * known, sign * known * correct,
            sign * x, sign * x * x, sign * x * correct);
        Versions[key] = Versions.GetValueOrDefault(key, ItemMoments.Empty).Plus(delta);

        var bucket = (a.QuestionId, a.Version, ResponseTimes.Bucket(a.TimeSpentMs));
        Times[bucket] = Times.GetValueOrDefault(bucket) + sign;

        var band = AbilityBands.Of(ability);
        var bandKey = (a.QuestionId, a.Version, band);
        var (answers, right) = Bands.GetValueOrDefault(bandKey);
        Bands[bandKey] = (answers + sign, right + sign * correct);
        foreach (var option in a.Selected.Where(k => k.Length <= MaxKeyLength).Distinct(StringComparer.Ordinal))
        {
            var pick = (a.QuestionId, a.Version, option, band);
            Picks[pick] = Picks.GetValueOrDefault(pick) + sign;
        }

        var totals = _learners.GetValueOrDefault(a.UserId, LearnerTotals.None);
        _learners[a.UserId] = new(totals.Attempts + sign, totals.Correct + sign * correct);
        var learnerDelta = _learnerDeltas.GetValueOrDefault(a.UserId, LearnerTotals.None);
        _learnerDeltas[a.UserId] = new(learnerDelta.Attempts + sign, learnerDelta.Correct + sign * correct);
        Questions.Add(a.QuestionId);
    }
}
