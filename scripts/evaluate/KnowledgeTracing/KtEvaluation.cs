using System.Diagnostics;
using System.Globalization;
using System.Text;
using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Infrastructure.MachineLearning;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

internal static class KtEvaluation
{
    private const double TestFraction = 0.2;
    private const int SplitSeed = 20201;

    public static int Run(string trainPath, string? testPath, string? jsonOut, string? modelDirectory, string documentPath, CorrectnessTrainingOptions mlOptions,
        bool crossValidate = false)
    {
        var dataset = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(trainPath))!).Name;
        var all = TsvAttemptLog.Read(trainPath);
        var (train, test) = testPath is null
            ? LearnerSplit.HoldOut(all, TestFraction, SplitSeed)
            : (all, TsvAttemptLog.Read(testPath));
        Console.WriteLine($"{dataset}: {train.Count} training responses, {test.Count} test responses ({Learners(test)} test learners)");

        IReadOnlyList<(string Label, double Auc)> selection = [];
        if (crossValidate)
        {
            var selectionClock = Stopwatch.StartNew();
            (mlOptions, selection) = SettingSelection.Select(train, SettingSelection.Grid(mlOptions));
            Console.WriteLine($"cross-validation took {selectionClock.Elapsed.TotalSeconds:F0} s");
        }

        var ml = new MlCandidate(mlOptions);
        IKnowledgeTracingCandidate[] candidates = [new IrtCandidate(), new PfaCandidate(), new BktCandidate(), ml];
        var outcomes = test.Select(a => a.Correct).ToArray();
        var scores = new Dictionary<string, ModelScore>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var stopwatch = Stopwatch.StartNew();
            candidate.Train(train);
            var trainSeconds = stopwatch.Elapsed.TotalSeconds;
            var predicted = candidate.PredictSequentially(test);
            var quality = PredictionMetrics.Evaluate(predicted, outcomes);
            var calibration = CalibrationCurve.Of(predicted, outcomes);
            scores[candidate.Name] = new ModelScore(quality.Auc, quality.LogLoss, quality.Rmse, trainSeconds, calibration);
            Console.WriteLine($"{candidate.Name,-4} AUC {quality.Auc:F4}  logloss {quality.LogLoss:F4}  RMSE {quality.Rmse:F4}  ECE {calibration.ExpectedCalibrationError:F4}  trained in {trainSeconds:F1} s");
        }

        if (modelDirectory is not null && ml.Model is { } model)
        {
            var heldOut = scores[ml.Name];
            var saved = new CorrectnessModelStore(modelDirectory).Save(model.WithHeldOut(
                new PredictionQuality(heldOut.Auc, heldOut.LogLoss, heldOut.Rmse, test.Count)));
            Console.WriteLine($"saved {saved.Path}");
        }

        if (jsonOut is not null)
        {
            new KtReport(scores).WriteJson(jsonOut);
        }

        var split = testPath is null
            ? $"{Learners(train)} training learners; {Learners(test)} held-out learners ({TestFraction:P0} of the file, chosen by seeded shuffle of user ids, seed {SplitSeed})"
            : $"{Learners(train)} training learners; {Learners(test)} test learners from {Path.GetFileName(testPath)}";
        EvaluationDocument.WriteSection(documentPath, $"kt:{dataset}", Markdown(dataset, trainPath, split, train.Count, test.Count, scores, mlOptions, selection));
        return 0;
    }

    private static int Learners(IEnumerable<AttemptRecord> attempts) => attempts.Select(a => a.LearnerId).Distinct(StringComparer.Ordinal).Count();

    private static string Markdown(string dataset, string trainPath, string split, int trainCount, int testCount, IReadOnlyDictionary<string, ModelScore> scores, CorrectnessTrainingOptions mlOptions,
        IReadOnlyList<(string Label, double Auc)> selection)
    {
        var reference = PublishedReference.For(dataset);
        var text = new StringBuilder();
        var f = CultureInfo.InvariantCulture;
        text.AppendLine(f, $"## Knowledge tracing: {dataset}");
        text.AppendLine();
        text.AppendLine(f, $"`kt --train {Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(trainPath)))}/{Path.GetFileName(trainPath)}{(selection.Count > 0 ? " --select cv" : "")}`, Release build, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores (shared with other work). ");
        text.AppendLine(f, $"{split}; {trainCount:N0} training and {testCount:N0} test responses. Every test response is predicted from that learner's earlier responses only.");
        text.AppendLine();
        text.AppendLine("| model | AUC | log loss | RMSE | ECE | train s | reference AUC |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (name, score) in scores)
        {
            var referenceAuc = (name, reference) switch
            {
                (_, null) => "",
                ("irt", { } r) => $"{r.Irt:F3}",
                ("pfa", { } r) => $"{r.Pfa:F3}",
                ("ml", { } r) => $"Best-LR {r.BestLr:F3} (log loss {r.BestLrLogLoss:F3}); published {r.PublishedBestLr:F2}",
                _ => "",
            };
            text.AppendLine(f, $"| {Label(name)} | {score.Auc:F4} | {score.LogLoss:F4} | {score.Rmse:F4} | {score.Calibration.ExpectedCalibrationError:F4} | {score.TrainSeconds:F1} | {referenceAuc} |");
        }

        if (scores.TryGetValue("ml", out var ml))
        {
            text.AppendLine();
            text.AppendLine("Reliability of the ML.NET model on the test responses (10 equal-width bins; ECE = count-weighted mean |predicted − observed|):");
            text.AppendLine();
            text.AppendLine("| bin | responses | mean predicted | observed |");
            text.AppendLine("|---|---|---|---|");
            foreach (var bin in ml.Calibration.Bins)
            {
                text.AppendLine(f, $"| {bin.Lower:0.0}–{bin.Upper:0.0} | {bin.Count:N0} | {bin.MeanPredicted:F3} | {bin.Observed:F3} |");
            }
        }

        text.AppendLine();
        if (selection.Count > 0)
        {
            text.AppendLine(f, $"Settings chosen by {SettingSelection.Folds}-fold cross-validation over the training learners only (whole learners per fold); mean AUC on the left-out folds:");
            text.AppendLine();
            text.AppendLine("| setting | CV AUC |");
            text.AppendLine("|---|---|");
            foreach (var (label, auc) in selection)
            {
                text.AppendLine(f, $"| {label} | {auc:F4} |");
            }

            text.AppendLine();
        }

        var trainer = mlOptions.Trainer == CorrectnessTrainerKind.LightGbm ? "LightGBM (150 trees, 31 leaves, learning rate 0.15)" : $"{mlOptions.Trainer}, L2 {mlOptions.L2Regularization}";
        text.AppendLine(f, $"ML.NET model: {trainer}, drift features {(mlOptions.AbilityDrift ? "on" : "off")}, skill transfer {(mlOptions.SkillTransfer ? "on" : "off")}. Train seconds include building features. Reference: scikit-learn reproduction on this kind of machine and Gervet et al. 2020 (their test split; DKT {reference?.PublishedDkt.ToString("F2", f) ?? "n/a"}).");
        return text.ToString();
    }

    private static string Label(string name) => name switch
    {
        "irt" => "IRT (2PL, online EAP θ)",
        "pfa" => "PFA",
        "bkt" => "BKT (EM per skill)",
        "ml" => "ML.NET model (settings below)",
        _ => name,
    };
}
