using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Evaluate.KnowledgeTracing;

namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>`evaluate policy`: simulated learners study with each policy; the table goes to the document's section policy:NAME (--section).</summary>
internal static class PolicyCommand
{
    public static int Run(CommandArguments arguments, string documentPath)
    {
        var defaults = new PolicySettings();
        var settings = defaults with
        {
            Days = arguments.IntOption("days") ?? defaults.Days,
            MinutesPerDay = arguments.IntOption("minutes") ?? defaults.MinutesPerDay,
            Learners = arguments.IntOption("learners") ?? defaults.Learners,
            Seeds = arguments.IntOption("seeds") ?? defaults.Seeds,
            Skills = arguments.IntOption("skills") ?? defaults.Skills,
            ItemsPerSkill = arguments.IntOption("items-per-skill") ?? defaults.ItemsPerSkill,
            RetentionDays = arguments.IntOption("retention-days") ?? defaults.RetentionDays,
            NewCardsPerDay = arguments.IntOption("new-limit") ?? defaults.NewCardsPerDay,
        };
        var population = arguments.Option("abilities") is { } log
            ? CalibratedPopulation.FromLog(log, TsvAttemptLog.Read(log), new IrtCalibrationOptions())
            : CalibratedPopulation.Standard(settings.Skills * settings.ItemsPerSkill * 5, settings.Skills * 5, new Random(1));
        var report = PolicyEvaluation.Run(population, settings);
        var section = arguments.Option("section") ?? "default";
        var markdown = report.ToMarkdown("policy " + string.Join(' ', arguments.Raw), section);
        Console.WriteLine(markdown);
        if (arguments.Option("doc") != "none")
            EvaluationDocument.WriteSection(arguments.Option("doc") ?? documentPath, $"policy:{section}", markdown);
        return 0;
    }
}
