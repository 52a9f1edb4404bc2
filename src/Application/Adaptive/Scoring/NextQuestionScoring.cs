using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Adaptive;

namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>Gives a request a scorer on the learner's kept adaptive state and the served model.</summary>
public sealed class NextQuestionScoring(IAdaptiveQueries queries, ILearnerModels learners, ScoreWeights weights)
{
    /// <summary>
    /// Runs <paramref name="use"/> with the learner's state brought up to date once, however many times it scores;
    /// other requests of the same learner wait until it returns.
    /// </summary>
    public Task<T> WithLearnerAsync<T>(Guid userId, LearnerSchedule schedule, DateTimeOffset now, Func<LearnerScoring, Task<T>> use,
        CancellationToken ct) =>
        learners.UseAsync(userId, learner => use(new LearnerScoring(queries, new LearnerScorer(learner, schedule, weights, now))), ct);
}
