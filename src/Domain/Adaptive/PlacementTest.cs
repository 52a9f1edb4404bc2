using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Domain.Adaptive;

/// <summary>
/// A computerised adaptive test: each next item maximises Fisher information at the current
/// ability estimate (randomesque exposure control), until the standard error or the item cap is reached.
/// </summary>
public sealed class PlacementTest(PlacementOptions options, AbilityEstimator estimator)
{
    private readonly AbilityPosterior _posterior = estimator.StartPosterior();
    private readonly HashSet<string> _administered = [];

    public int Administered => _administered.Count;
    public AbilityEstimate Ability => _posterior.Estimate();

    public bool IsComplete => Administered >= options.MaxItems || (Administered > 0 && Ability.StandardError <= options.TargetStandardError);

    /// <returns>The next item's id, or null when the test is complete or no candidate is left.</returns>
    public string? SelectNext(IReadOnlyDictionary<string, IrtItem> bank, Random random)
    {
        if (IsComplete)
            return null;
        var theta = Ability.Theta;
        var best = bank.Where(kv => !_administered.Contains(kv.Key))
            .OrderByDescending(kv => kv.Value.Information(theta))
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(Math.Max(1, options.Randomesque))
            .ToList();
        return best.Count == 0 ? null : best[random.Next(best.Count)].Key;
    }

    public void Record(string itemId, IrtItem item, bool correct)
    {
        if (_administered.Add(itemId))
            _posterior.Observe(item, correct);
    }
}
