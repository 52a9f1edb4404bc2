using System.Text.Json;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>Author-supplied question fields; on updates, null leaves a field as it is.</summary>
public record QuestionInput
{
    public QuestionType? Type { get; init; }
    public string? Text { get; init; }
    public string? Scenario { get; init; }
    public IReadOnlyList<QuestionOptionDto>? Options { get; init; }
    public IReadOnlyList<string>? CorrectKeys { get; init; }
    public string? Explanation { get; init; }
    public string? ModelAnswer { get; init; }
    public IReadOnlyList<string>? RubricKeywords { get; init; }
    public int? Difficulty { get; init; }
    public int? EstimatedTimeSeconds { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public JsonElement? Metadata { get; init; }
    public IReadOnlyList<string>? Media { get; init; }
    public string? Source { get; init; }

    public QuestionContent ApplyTo(QuestionContent? current) => new()
    {
        Type = Type ?? current?.Type ?? QuestionType.Mcq,
        Text = Text ?? current?.Text ?? "",
        Scenario = Scenario ?? current?.Scenario,
        Options = Options?.Select(o => new QuestionOption(o.Key, o.Text, o.Explanation)).ToArray() ?? current?.Options ?? [],
        CorrectKeys = CorrectKeys ?? current?.CorrectKeys ?? [],
        Explanation = Explanation ?? current?.Explanation,
        ModelAnswer = ModelAnswer ?? current?.ModelAnswer,
        RubricKeywords = RubricKeywords ?? current?.RubricKeywords ?? [],
        Difficulty = Difficulty ?? current?.Difficulty ?? 3,
        EstimatedTimeSeconds = EstimatedTimeSeconds ?? current?.EstimatedTimeSeconds,
        Tags = Tags?.Select(t => t.Trim().ToLowerInvariant()).Distinct().ToArray() ?? current?.Tags ?? [],
        Metadata = Metadata ?? current?.Metadata,
        Media = Media ?? current?.Media ?? [],
        Source = Source ?? current?.Source,
    };

    /// <summary>Throws a validation problem listing every rule the content breaks.</summary>
    public static void EnsureValid(QuestionContent content)
    {
        var problems = ContentRules.Check(content);
        if (problems.Count == 0) return;
        var errors = problems.GroupBy(p => ApiField(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Reason).ToArray());
        throw new Common.ProblemException(Common.Problems.ValidationFailed, "The question is invalid.", errors);
    }

    // ContentRules speak the import format's field names; the API's JSON uses camelCase names.
    private static string ApiField(string field) => field switch
    {
        "question" => "text",
        "correct_answer" => "correctKeys",
        "model_answer" => "modelAnswer",
        "estimated_time_seconds" => "estimatedTimeSeconds",
        "rubric_keywords" => "rubricKeywords",
        _ => field,
    };
}
