using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.MachineLearning;

/// <summary>
/// Learners whose chance of answering depends on their ability, the item's difficulty and how often they
/// have practised the skill: logit P = θ − b + 0.4·log(1 + attempts on the skill).
/// </summary>
internal static class SyntheticAttemptLog
{
    public const string HardestItem = "item-0";

    public static List<AttemptRecord> Generate(int learners, int seed, string learnerPrefix = "learner")
    {
        var random = new Random(seed);
        var difficulty = Enumerable.Range(0, 30).Select(i => i == 0 ? 3.5 : -1.5 + 3.0 * i / 30).ToArray();
        var attempts = new List<AttemptRecord>();
        for (var l = 0; l < learners; l++)
        {
            var theta = Normal(random);
            var practice = new Dictionary<string, int>();
            for (var t = 0; t < 40; t++)
            {
                var item = random.Next(difficulty.Length);
                var skill = $"skill-{item % 5}";
                var practised = practice.GetValueOrDefault(skill);
                var p = Logistic.Sigmoid(theta - difficulty[item] + 0.4 * Math.Log(1 + practised));
                attempts.Add(new AttemptRecord($"{learnerPrefix}-{l}", $"item-{item}", skill, null, random.NextDouble() < p));
                practice[skill] = practised + 1;
            }
        }

        return attempts;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
