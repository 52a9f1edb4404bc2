using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Adaptive;

namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>Scores candidates for one learner at one moment with <see cref="NextQuestionScorer"/>.</summary>
public sealed class LearnerScorer(
    KnowledgeState knowledge, ILearnerPredictor? model, LearnerSchedule schedule, ScoreWeights weights, DateTimeOffset now)
{
    private const int Decimals = 4;
    private readonly ILookup<long, EvidenceAttempt> _shown = knowledge.Attempts.ToLookup(a => a.QuestionId);

    public QuestionScore Score(ScoreCandidate candidate, AdaptiveItem item)
    {
        double? retrievability = candidate.Memory is { LastReview: not null } memory ? schedule.Retrievability(memory, now) : null;
        var (predicted, source, explanation) = Predict(item);
        var signals = new CandidateSignals(retrievability, schedule.Settings.DesiredRetention, knowledge.Known(item.FacetId),
            predicted, _shown[item.QuestionId].Count(), knowledge.Attempts.Count);
        var s = NextQuestionScorer.Score(signals, weights);
        return new QuestionScore(Round(s.Urgency), Round(s.MasteryGap), Round(s.DifficultyMatch), Round(s.Exploration),
            Round(s.Total), Round(predicted), source, source == PredictionSource.Model ? model!.ModelVersion : null, explanation);
    }

    private (double, PredictionSource, IReadOnlyList<PredictionFactor>?) Predict(AdaptiveItem item)
    {
        if (model is not null)
        {
            var prediction = model.Predict(item.QuestionId, item.FacetId, now);
            return (prediction.Probability, PredictionSource.Model,
                prediction.Factors.Select(f => f with { Value = Round(f.Value), Contribution = Round(f.Contribution) }).ToList());
        }

        // Authored IRT parameters are a guess from a 1-5 difficulty; only fitted ones beat BKT's facet-level view.
        if (item.Calibrated)
            return (knowledge.AbilityFor(item.TopicPath).PredictCorrect(item.Irt), PredictionSource.Irt, null);
        return (knowledge.Bkt(item.FacetId).PredictCorrect(knowledge.Known(item.FacetId)), PredictionSource.Bkt, null);
    }

    private static double Round(double value) => Math.Round(value, Decimals);
}
