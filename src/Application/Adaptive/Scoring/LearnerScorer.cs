using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Adaptive;

namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>Scores candidates for one learner at one moment with <see cref="NextQuestionScorer"/>.</summary>
public sealed class LearnerScorer(LearnerModel learner, LearnerSchedule schedule, ScoreWeights weights, DateTimeOffset now)
{
    private const int Decimals = 4;
    private KnowledgeState Knowledge => learner.Knowledge;

    public QuestionScore Score(ScoreCandidate candidate, AdaptiveItem item)
    {
        double? retrievability = candidate.Memory is { LastReview: not null } memory ? schedule.Retrievability(memory, now) : null;
        var (predicted, source, explanation) = Predict(item);
        var signals = new CandidateSignals(retrievability, schedule.Settings.DesiredRetention, Knowledge.Known(item.FacetId),
            predicted, Knowledge.TimesAnswered(item.QuestionId), Knowledge.Answers);
        var s = NextQuestionScorer.Score(signals, weights);
        return new QuestionScore(Round(s.Urgency), Round(s.MasteryGap), Round(s.DifficultyMatch), Round(s.Exploration),
            Round(s.Total), Round(predicted), source, source == PredictionSource.Model ? learner.Predictor!.ModelVersion : null, explanation);
    }

    private (double, PredictionSource, IReadOnlyList<PredictionFactor>?) Predict(AdaptiveItem item)
    {
        if (learner.Predictor is { } model)
        {
            var prediction = model.Predict(item.QuestionId, item.FacetId, now);
            return (prediction.Probability, PredictionSource.Model,
                prediction.Factors.Select(f => f with { Value = Round(f.Value), Contribution = Round(f.Contribution) }).ToList());
        }

        // Authored IRT parameters are a guess from a 1-5 difficulty; only fitted ones beat BKT's facet-level view.
        if (item.Calibrated)
            return (Knowledge.AbilityFor(item.TopicPath).PredictCorrect(item.Irt), PredictionSource.Irt, null);
        return (Knowledge.Bkt(item.FacetId).PredictCorrect(Knowledge.Known(item.FacetId)), PredictionSource.Bkt, null);
    }

    private static double Round(double value) => Math.Round(value, Decimals);
}
