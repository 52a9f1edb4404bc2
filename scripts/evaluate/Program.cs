using System.Globalization;
using AdaptiveLearning.Evaluate.KnowledgeTracing;
using AdaptiveLearning.Evaluate.Placement;
using AdaptiveLearning.Evaluate.Policy;
using AdaptiveLearning.Evaluate;
using AdaptiveLearning.Infrastructure.MachineLearning;

const string Usage = """
    usage:
      evaluate kt --train FILE [--test FILE] [--json OUT] [--models DIR] [--doc FILE] [--trainer lbfgs|sdca] [--l2 X]
                  [--recent-outcomes on|off] [--irt-features on|off] [--item-counts on|off]
                  [--transfer on|off] [--drift on|off] [--select cv]
      evaluate srs --log FILE [--json OUT] [--doc FILE]
      evaluate placement --abilities KT_FILE [--bank N] [--seeds N] [--learners N] [--doc FILE|none]
      evaluate policy [--abilities KT_FILE] [--days N] [--minutes N] [--skills N] [--items-per-skill N] [--retention-days N] [--new-limit N]
                      [--learners N] [--seeds N] [--section NAME] [--doc FILE|none]
    """;

var arguments = CommandArguments.Parse(args);
switch (arguments?.Command)
{
    case "kt" when arguments.Option("train") is { } train:
        var defaults = new CorrectnessTrainingOptions();
        var mlOptions = defaults with
        {
            Trainer = arguments.Option("trainer") switch
            {
                "sdca" => CorrectnessTrainerKind.SdcaLogisticRegression,
                "lightgbm" => CorrectnessTrainerKind.LightGbm,
                _ => defaults.Trainer,
            },
            L2Regularization = arguments.Option("l2") is { } l2 ? float.Parse(l2, CultureInfo.InvariantCulture) : defaults.L2Regularization,
            RecentOutcomes = arguments.Option("recent-outcomes") is { } recent ? recent == "on" : defaults.RecentOutcomes,
            ItemSpecificCounts = arguments.Option("item-counts") is { } perItem ? perItem == "on" : defaults.ItemSpecificCounts,
            IrtFeatures = arguments.Option("irt-features") is { } irt ? irt == "on" : defaults.IrtFeatures,
            SkillTransfer = arguments.Option("transfer") is { } transfer ? transfer == "on" : defaults.SkillTransfer,
            AbilityDrift = arguments.Option("drift") is { } drift ? drift == "on" : defaults.AbilityDrift,
        };
        return KtEvaluation.Run(train, arguments.Option("test"), arguments.Option("json"), arguments.Option("models"),
            arguments.Option("doc") ?? EvaluationDocument.DefaultPath, mlOptions, arguments.Option("select") == "cv");
    case "srs" when arguments.Option("log") is { } log:
        return SrsCommand.Run(log, arguments.Option("json"), arguments.Option("doc") ?? EvaluationDocument.DefaultPath);
    case "placement":
        return PlacementCommand.Run(arguments, EvaluationDocument.DefaultPath);
    case "policy":
        return PolicyCommand.Run(arguments, EvaluationDocument.DefaultPath);
    default:
        Console.Error.WriteLine(Usage);
        return 1;
}
