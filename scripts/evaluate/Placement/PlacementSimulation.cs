using AdaptiveLearning.Domain.Adaptive;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.Placement;

/// <summary>
/// Simulated learners take a placement test on a bank drawn from calibrated items: answers follow the same IRT model
/// the test assumes, so what is measured is the test's efficiency and the accuracy of the θ it places.
/// </summary>
internal static class PlacementSimulation
{
    public const double TargetStandardError = 0.3;

    public static PlacementRun Run(IReadOnlyDictionary<string, IrtItem> bank, double trueTheta, PlacementCondition condition, Random random)
    {
        var test = new PlacementTest(new PlacementOptions(TargetStandardError, condition.MaxItems), new AbilityEstimator());
        var order = condition.Adaptive ? null : bank.Keys.Order(StringComparer.Ordinal).ToArray();
        if (order is not null)
            random.Shuffle(order);
        while (!test.IsComplete)
        {
            var id = order is null ? test.SelectNext(bank, random) : test.Administered < order.Length ? order[test.Administered] : null;
            if (id is null)
                break;
            var item = bank[id];
            test.Record(id, item, random.NextDouble() < item.Probability(trueTheta));
        }

        var ability = test.Ability;
        return new PlacementRun(trueTheta, ability.Theta, ability.StandardError, test.Administered, ability.StandardError <= TargetStandardError);
    }
}
