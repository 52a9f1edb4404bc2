namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>Any question of the scope, uniformly at random, ignoring what was studied when.</summary>
internal sealed class RandomPolicy(IReadOnlyList<BankItem> bank, Random random) : IStudyPolicy
{
    public string Name => "random";

    public IReadOnlyList<long> Next(DateTimeOffset now, int count) =>
        Enumerable.Range(0, count).Select(_ => bank[random.Next(bank.Count)].Id).ToList();

    public void Record(long itemId, bool correct, DateTimeOffset at)
    {
    }
}
