using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

/// <summary>2PL items calibrated on the training learners; a test learner's θ is re-estimated (EAP) after each response.</summary>
internal sealed class IrtCandidate : IKnowledgeTracingCandidate
{
    private readonly AbilityEstimator _estimator = new();
    private IrtCalibration? _calibration;

    public string Name => "irt";

    public void Train(IReadOnlyList<AttemptRecord> attempts) => _calibration = new IrtCalibrator().Calibrate([.. attempts]);

    public double[] PredictSequentially(IReadOnlyList<AttemptRecord> attempts)
    {
        var calibration = _calibration ?? throw new InvalidOperationException("Train first.");
        var posteriors = new Dictionary<string, AbilityPosterior>(StringComparer.Ordinal);
        var predictions = new double[attempts.Count];
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            if (!posteriors.TryGetValue(attempt.LearnerId, out var posterior))
            {
                posterior = _estimator.StartPosterior();
                posteriors[attempt.LearnerId] = posterior;
            }

            var item = calibration.ItemFor(attempt.ItemId, attempt.SkillId);
            predictions[i] = posterior.PredictCorrect(item);
            posterior.Observe(item, attempt.Correct);
        }

        return predictions;
    }
}
