using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

/// <summary>BKT fitted per skill; test learners are traced by forward filtering, one skill state per learner and skill.</summary>
internal sealed class BktCandidate : IKnowledgeTracingCandidate
{
    private BktModel? _model;

    public string Name => "bkt";

    public void Train(IReadOnlyList<AttemptRecord> attempts) => _model = new BktFitter().Fit(attempts);

    public double[] PredictSequentially(IReadOnlyList<AttemptRecord> attempts)
    {
        var model = _model ?? throw new InvalidOperationException("Train first.");
        var known = new Dictionary<(string Learner, string Skill), double>();
        var predictions = new double[attempts.Count];
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            var bkt = model.For(attempt.SkillId);
            var key = (attempt.LearnerId, attempt.SkillId);
            var pKnown = known.TryGetValue(key, out var p) ? p : bkt.InitialKnown;
            predictions[i] = bkt.PredictCorrect(pKnown);
            known[key] = bkt.Update(pKnown, attempt.Correct);
        }

        return predictions;
    }
}
