using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>
/// Items (with their skills) and learner abilities from an IRT calibration of a real response log, or a standard
/// Rasch population (b, θ ~ N(0, 1)) when no log is given. Simulated banks and learners are drawn from it.
/// </summary>
internal sealed class CalibratedPopulation
{
    private CalibratedPopulation(string source, IReadOnlyList<(string Skill, IrtItem Item)> items, IReadOnlyList<double> abilities)
    {
        Source = source;
        Items = items;
        Abilities = abilities;
    }

    public string Source { get; }
    public IReadOnlyList<(string Skill, IrtItem Item)> Items { get; }
    public IReadOnlyList<double> Abilities { get; }

    public static CalibratedPopulation FromLog(string path, IReadOnlyList<AttemptRecord> attempts, IrtCalibrationOptions options)
    {
        var calibration = new IrtCalibrator(options).Calibrate([.. attempts]);
        var skillOfItem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attempt in attempts)
            skillOfItem.TryAdd(attempt.ItemId, attempt.SkillId);
        var items = calibration.Items.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (skillOfItem[kv.Key], kv.Value)).ToList();
        var model = options.EstimateDiscrimination ? "2PL" : "Rasch";
        return new CalibratedPopulation($"{model} calibration of {Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}",
            items, [.. calibration.Abilities.Values.Order()]);
    }

    public static CalibratedPopulation Standard(int items, int skills, Random random)
    {
        var bank = Enumerable.Range(0, items)
            .Select(i => ($"skill-{i % skills}", new IrtItem(1, Domain.Simulation.MemoryParameterSampler.Normal(random)))).ToList();
        var abilities = Enumerable.Range(0, 1000).Select(_ => Domain.Simulation.MemoryParameterSampler.Normal(random)).ToList();
        return new CalibratedPopulation("standard Rasch population (b, θ ~ N(0, 1))", bank, abilities);
    }

    public double DrawAbility(Random random) => Abilities[random.Next(Abilities.Count)];

    /// <summary>A course-like bank: <paramref name="skills"/> random skills with enough items, their items grouped by skill.</summary>
    public IReadOnlyList<BankItem> DrawBank(int skills, int itemsPerSkill, Random random)
    {
        var eligible = Items.GroupBy(i => i.Skill, StringComparer.Ordinal)
            .Where(g => g.Count() >= itemsPerSkill).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        if (eligible.Length < skills)
            throw new InvalidOperationException($"{Source} has only {eligible.Length} skills with {itemsPerSkill} items.");
        random.Shuffle(eligible);
        var bank = new List<BankItem>();
        foreach (var skill in eligible.Take(skills))
        {
            var items = skill.ToArray();
            random.Shuffle(items);
            bank.AddRange(items.Take(itemsPerSkill).Select(i => new BankItem(bank.Count + 1, i.Skill, i.Item)));
        }

        return bank;
    }
}
