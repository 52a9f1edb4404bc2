using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Domain.Simulation;

/// <summary>
/// A learner for judging study policies: their memory of each studied item follows FSRS-6 with their own weights,
/// and an item can also be answered from ability alone with its IRT probability, so
/// P(correct) = 1 − (1 − R)(1 − P_irt(θ)). An item never studied has R = 0.
/// </summary>
public sealed class SimulatedLearner(double theta, FsrsParameters memoryParameters)
{
    private static readonly LearnerCalendar Calendar = LearnerCalendar.Utc;
    private readonly FsrsModel _model = new(memoryParameters);
    private readonly Dictionary<long, ItemMemory> _memories = [];

    public double Theta { get; } = theta;

    public int ItemsStudied => _memories.Count;

    /// <summary>Recall probability of what was studied, at fractional elapsed days so a same-day repeat is not free of decay.</summary>
    public double Recall(long itemId, DateTimeOffset at) =>
        _memories.TryGetValue(itemId, out var memory)
            ? _model.Retrievability(Math.Max(0, (at - memory.LastReview).TotalDays), memory.Stability)
            : 0;

    public double CorrectProbability(long itemId, IrtItem item, DateTimeOffset at) =>
        1 - (1 - Recall(itemId, at)) * (1 - item.Probability(Theta));

    /// <summary>Answers, then learns from the answer and its feedback: wrong counts as Again, right as Good.</summary>
    public bool Answer(long itemId, IrtItem item, DateTimeOffset at, Random random)
    {
        var correct = random.NextDouble() < CorrectProbability(itemId, item, at);
        var rating = correct ? Rating.Good : Rating.Again;
        var (stability, difficulty) = _memories.TryGetValue(itemId, out var before)
            ? _model.NextMemory(before.Stability, before.Difficulty, Calendar.ElapsedDays(before.LastReview, at), rating)
            : _model.NextMemory(null, null, 0, rating);
        _memories[itemId] = new ItemMemory(stability, difficulty, at);
        return correct;
    }

    private readonly record struct ItemMemory(double Stability, double Difficulty, DateTimeOffset LastReview);
}
