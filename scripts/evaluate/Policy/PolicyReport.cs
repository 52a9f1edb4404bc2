using System.Globalization;
using System.Text;

namespace AdaptiveLearning.Evaluate.Policy;

internal sealed record PolicyReport(
    string Source, PolicySettings Settings, AnswerTimes Times, IReadOnlyDictionary<string, List<CohortOutcome>> PerSeed, double Seconds)
{
    public string ToMarkdown(string command, string section)
    {
        var s = Settings;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Study policy judged by simulated learners: {section}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"`{command}`, Release build, {DateTime.UtcNow:yyyy-MM-dd}, {Seconds:0} s on 2 shared cores.").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Each of {s.Seeds} seeds draws a bank of {s.Skills} skills × {s.ItemsPerSkill} items and {s.Learners} learners from the {Source}; every policy " +
            $"studies with the same learners and bank. Learners study {s.Days} days, {s.MinutesPerDay:0.#} min a day (new question {Times.FirstSeconds:0} s, " +
            $"repeat {Times.RepeatSeconds:0} s, +{Times.WrongExtraSeconds:0} s after a wrong answer); retention is measured {s.RetentionDays} days after the last " +
            $"study day. Daily limits {s.NewCardsPerDay} new / 200 reviews. Figures are means over seeds ± the 95 % t-interval half-width.").AppendLine();
        text.AppendLine("| policy | retention of scope | answers | minutes | items retained per minute | items mastered per hour |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var (name, seeds) in PerSeed)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {Ci(seeds, o => o.Retention, "0.000")} | {Ci(seeds, o => o.Answers, "0")} | {Ci(seeds, o => o.Minutes, "0")} | " +
                $"{Ci(seeds, o => o.RetainedPerMinute, "0.000")} | {Ci(seeds, o => o.MasteredPerHour, "0.0")} |");
        }

        var baseline = PerSeed.Values.First().Average(o => o.Baseline);
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"Without study the scope's retention would be {baseline:0.000} (ability alone). Paired differences per seed, row − baseline:").AppendLine();
        text.AppendLine("| baseline | " + string.Join(" | ", PolicyLineup.Compared.Select(c => $"Δ retention, {c} | Δ items retained per minute, {c}")) + " |");
        text.AppendLine("|---|" + string.Concat(PolicyLineup.Compared.Select(_ => "---|---|")));
        foreach (var (name, seeds) in PerSeed)
        {
            var cells = PolicyLineup.Compared.Select(c => c == name
                ? " | "
                : Signed(PerSeed[c].Zip(seeds, (a, b) => a.Retention - b.Retention).ToList()) + " | " +
                  Signed(PerSeed[c].Zip(seeds, (a, b) => a.RetainedPerMinute - b.RetainedPerMinute).ToList()));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {string.Join(" | ", cells)} |");
        }

        return text.ToString();
    }

    /// <summary>Rounded first, so a difference that rounds to nothing prints as 0.000 rather than a signed zero.</summary>
    private static string Signed(IReadOnlyList<double> differences) =>
        ConfidenceInterval.Of(differences) is var ci
            ? (ci with { Mean = Math.Round(ci.Mean, 3) + 0.0 }).Format("+0.000;-0.000;0.000", "0.000")
            : "";

    private static string Ci(List<CohortOutcome> seeds, Func<CohortOutcome, double> metric, string format) =>
        ConfidenceInterval.Of(seeds.Select(metric).ToList()).Format(format);
}
