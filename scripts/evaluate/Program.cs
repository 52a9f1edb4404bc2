using System.Globalization;
using AdaptiveLearning.Evaluate;
using AdaptiveLearning.Evaluate.KnowledgeTracing;
using AdaptiveLearning.Infrastructure.MachineLearning;

const string Usage = """
    usage:
      evaluate kt --train FILE [--test FILE] [--json OUT] [--models DIR] [--doc FILE] [--trainer lbfgs|sdca] [--l2 X]
                  [--recent-outcomes on|off] [--irt-features on|off] [--item-counts on|off]
      evaluate srs --log FILE [--json OUT] [--doc FILE]
    """;

var arguments = CommandArguments.Parse(args);
switch (arguments?.Command)
{
    case "kt" when arguments.Option("train") is { } train:
        var defaults = new CorrectnessTrainingOptions();
        var mlOptions = defaults with
        {
            Trainer = arguments.Option("trainer") == "sdca" ? CorrectnessTrainerKind.SdcaLogisticRegression : defaults.Trainer,
            L2Regularization = arguments.Option("l2") is { } l2 ? float.Parse(l2, CultureInfo.InvariantCulture) : defaults.L2Regularization,
            RecentOutcomes = arguments.Option("recent-outcomes") is { } recent ? recent == "on" : defaults.RecentOutcomes,
            ItemSpecificCounts = arguments.Option("item-counts") is { } perItem ? perItem == "on" : defaults.ItemSpecificCounts,
            IrtFeatures = arguments.Option("irt-features") is { } irt ? irt == "on" : defaults.IrtFeatures,
        };
        return KtEvaluation.Run(train, arguments.Option("test"), arguments.Option("json"), arguments.Option("models"),
            arguments.Option("doc") ?? EvaluationDocument.DefaultPath, mlOptions);
    case "srs" when arguments.Option("log") is { } log:
        return SrsCommand.Run(log, arguments.Option("json"), arguments.Option("doc") ?? EvaluationDocument.DefaultPath);
    default:
        Console.Error.WriteLine(Usage);
        return 1;
}
