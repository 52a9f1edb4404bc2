using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

internal sealed class PfaCandidate : IKnowledgeTracingCandidate
{
    private PfaModel? _model;

    public string Name => "pfa";

    public void Train(IReadOnlyList<AttemptRecord> attempts) => _model = new PfaFitter().Fit(attempts);

    public double[] PredictSequentially(IReadOnlyList<AttemptRecord> attempts)
    {
        var model = _model ?? throw new InvalidOperationException("Train first.");
        var histories = new Dictionary<string, PracticeHistory>(StringComparer.Ordinal);
        var predictions = new double[attempts.Count];
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            if (!histories.TryGetValue(attempt.LearnerId, out var history))
            {
                history = new PracticeHistory();
                histories[attempt.LearnerId] = history;
            }

            predictions[i] = model.PredictCorrect(attempt.SkillId, history.ForSkill(attempt.SkillId));
            history.Record(attempt);
        }

        return predictions;
    }
}
