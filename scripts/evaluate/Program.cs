using System.Globalization;
using AdaptiveLearning.Evaluate;
using AdaptiveLearning.Evaluate.KnowledgeTracing;
using AdaptiveLearning.Infrastructure.MachineLearning;

const string Usage = """
    usage:
      evaluate kt --train FILE [--test FILE] [--json OUT] [--models DIR] [--doc FILE] [--trainer lbfgs|sdca] [--l2 X]
      evaluate srs --log FILE [--json OUT]
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
        };
        return KtEvaluation.Run(train, arguments.Option("test"), arguments.Option("json"), arguments.Option("models"),
            arguments.Option("doc") ?? EvaluationDocument.DefaultPath, mlOptions);
    case "srs" when arguments.Option("log") is { } log:
        return SrsCommand.Run(log, arguments.Option("json"));
    default:
        Console.Error.WriteLine(Usage);
        return 1;
}
