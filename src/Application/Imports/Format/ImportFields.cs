namespace AdaptiveLearning.Application.Imports.Format;

/// <summary>The field names of the import format (docs/import-format.schema.json), shared by reader and writer.</summary>
public static class ImportFields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Question = "question";
    public const string Options = "options";
    public const string OptionExplanations = "option_explanations";
    public const string CorrectAnswer = "correct_answer";
    public const string Explanation = "explanation";
    public const string Difficulty = "difficulty";
    public const string EstimatedTimeSeconds = "estimated_time_seconds";
    public const string Tags = "tags";
    public const string Metadata = "metadata";
    public const string Scenario = "scenario";
    public const string ModelAnswer = "model_answer";
    public const string RubricKeywords = "rubric_keywords";
    public const string Media = "media";
    public const string Source = "source";

    public static readonly HashSet<string> All =
    [
        Id, Type, Question, Options, OptionExplanations, CorrectAnswer, Explanation, Difficulty, EstimatedTimeSeconds,
        Tags, Metadata, Scenario, ModelAnswer, RubricKeywords, Media, Source,
    ];
}
