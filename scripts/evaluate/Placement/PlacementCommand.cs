using System.Diagnostics;
using System.Globalization;
using System.Text;
using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Evaluate.KnowledgeTracing;

namespace AdaptiveLearning.Evaluate.Placement;

/// <summary>
/// `evaluate placement`: items to reach SE ≤ 0.3 and accuracy of the placed θ, on banks drawn from a 2PL and a Rasch
/// calibration of a real log, against the Rasch rule of thumb. Learners' true θ are the calibrated abilities.
/// </summary>
internal static class PlacementCommand
{
    private const int Uncapped = 200;
    private const int ProductCap = 40;

    private static readonly PlacementCondition[] Conditions =
    [
        new("2PL bank, adaptive (product selection), no cap", Rasch: false, Adaptive: true, Uncapped),
        new("2PL bank, adaptive, product cap 40", Rasch: false, Adaptive: true, ProductCap),
        new("Rasch bank, adaptive, no cap", Rasch: true, Adaptive: true, Uncapped),
        new("Rasch bank, random order, no cap", Rasch: true, Adaptive: false, Uncapped),
    ];

    public static int Run(CommandArguments arguments, string documentPath)
    {
        if (arguments.Option("abilities") is not { } log)
        {
            Console.Error.WriteLine("placement needs --abilities KT_FILE (a knowledge-tracing log to calibrate items and abilities on)");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var (bankSize, seeds, learners) = (arguments.IntOption("bank") ?? 500, arguments.IntOption("seeds") ?? 10, arguments.IntOption("learners") ?? 50);
        var attempts = TsvAttemptLog.Read(log);
        var twoPl = new IrtCalibrator().Calibrate(attempts);
        var rasch = new IrtCalibrator(new IrtCalibrationOptions { EstimateDiscrimination = false }).Calibrate(attempts);
        var itemIds = twoPl.Items.Keys.Order(StringComparer.Ordinal).ToArray();
        var learnerIds = twoPl.Abilities.Keys.Order(StringComparer.Ordinal).ToArray();
        var runs = Conditions.ToDictionary(c => c, _ => new List<PlacementRun>());
        for (var seed = 1; seed <= seeds; seed++)
        {
            var draw = new Random(seed);
            var chosen = itemIds.OrderBy(_ => draw.Next()).Take(bankSize).ToArray();
            var banks = (TwoPl: chosen.ToDictionary(id => id, id => twoPl.Items[id]), Rasch: chosen.ToDictionary(id => id, id => rasch.Items[id]));
            for (var l = 0; l < learners; l++)
            {
                var learner = learnerIds[draw.Next(learnerIds.Length)];
                foreach (var condition in Conditions)
                {
                    var (bank, theta) = condition.Rasch ? (banks.Rasch, rasch.Abilities[learner]) : (banks.TwoPl, twoPl.Abilities[learner]);
                    runs[condition].Add(PlacementSimulation.Run(bank, theta, condition, new Random(seed * 10_007 + l)));
                }
            }
        }

        var dataset = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(log)))!;
        var markdown = Markdown(dataset, "placement " + string.Join(' ', arguments.Raw), bankSize, seeds * learners,
            runs.Select(r => PlacementSummary.Of(r.Key.Name, r.Value)).ToList(), clock.Elapsed.TotalSeconds);
        Console.WriteLine(markdown);
        if (arguments.Option("doc") != "none")
            EvaluationDocument.WriteSection(arguments.Option("doc") ?? documentPath, $"placement:{dataset}", markdown);
        return 0;
    }

    private static string Markdown(string dataset, string command, int bankSize, int learners, IReadOnlyList<PlacementSummary> rows, double seconds)
    {
        var precision = 1 / (PlacementSimulation.TargetStandardError * PlacementSimulation.TargetStandardError);
        var (reference, withPrior) = (precision / 0.25, (precision - 1) / 0.25);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Placement efficiency: {dataset}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"`{command}`, Release build, {DateTime.UtcNow:yyyy-MM-dd}, {seconds:0} s.").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{learners} simulated placements (true θ drawn from the calibrated abilities of {dataset}'s learners) on banks of {bankSize} " +
            $"items drawn from the same calibration; answers follow the calibrated model. Stop at SE ≤ {PlacementSimulation.TargetStandardError} " +
            $"(EAP, N(0, 1) prior) or at the cap. Coverage: share of placements whose true θ lies within ±1.96 SE of the placed θ.").AppendLine();
        text.AppendLine("| condition | mean items | median | 90th pct | reached SE ≤ 0.3 | RMSE θ | bias | corr(θ, θ̂) | coverage |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Condition} | {r.MeanItems:0.0} | {r.MedianItems:0} | {r.P90Items:0} | {r.ReachedShare:P0} | {r.Rmse:0.000} | {r.Bias:+0.000;-0.000} | {r.Correlation:0.000} | {r.Coverage:P0} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Reference: the Rasch rule of thumb, SE = 1/√(n·P(1−P)) with every item at P = 0.5, needs n = {reference:0.0} items for SE 0.3 " +
            $"({withPrior:0.0} when the N(0, 1) prior's unit of information is added: 1/SE² = 1 + n/4).");
        return text.ToString();
    }
}
