using AdaptiveLearning.Domain.Adaptive;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>
/// The next-questions endpoint's ranking of new questions: the unified <see cref="NextQuestionScorer"/> score with BKT
/// mastery per facet and the IRT prediction from the learner's ability posterior (every answer counts, as in the
/// API's knowledge state). The endpoint draws its pool from the first new questions within the day's allowance
/// (at most 100); <paramref name="widePool"/> always lets 100 compete instead.
/// </summary>
internal sealed class ScoredNewRanking(IReadOnlyList<BankItem> bank, bool widePool) : INewQuestionRanker
{
    private const int CandidatePool = 100;
    private static readonly AbilityEstimator Estimator = new();
    private readonly Dictionary<long, BankItem> _items = bank.ToDictionary(i => i.Id);
    private readonly Dictionary<string, double> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _shown = [];
    private readonly AbilityPosterior _ability = Estimator.StartPosterior();
    private readonly BayesianKnowledgeTracing _bkt = new(BktParameters.Default);
    private int _answers;

    public int PoolSize(int newAllowance) => widePool ? CandidatePool : Math.Min(newAllowance, CandidatePool);

    public IReadOnlyList<long> Rank(IReadOnlyList<long> pool) =>
        pool.Select((id, index) => (id, index, score: Score(_items[id]).Total))
            .OrderByDescending(c => c.score).ThenBy(c => c.index).Select(c => c.id).ToList();

    public void Observe(long itemId, bool correct)
    {
        var item = _items[itemId];
        _known[item.Skill] = _bkt.Update(Known(item.Skill), correct);
        _ability.Observe(item.Irt, correct);
        _shown[itemId] = _shown.GetValueOrDefault(itemId) + 1;
        _answers++;
    }

    public double PredictCorrect(long itemId) => _ability.PredictCorrect(_items[itemId].Irt);

    private NextQuestionScore Score(BankItem item) => NextQuestionScorer.Score(
        new CandidateSignals(null, SchedulerSettings.Default.DesiredRetention, Known(item.Skill), _ability.PredictCorrect(item.Irt),
            _shown.GetValueOrDefault(item.Id), _answers),
        ScoreWeights.Default);

    private double Known(string skill) => _known.TryGetValue(skill, out var p) ? p : _bkt.InitialKnown;
}
