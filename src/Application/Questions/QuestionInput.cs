using System.Text.Json;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>Author-supplied question fields; on updates, null leaves a field as it is.</summary>
public record QuestionInput
{
    /// <summary>mcq, theory or scenario (default mcq).</summary>
    public QuestionType? Type { get; init; }
    /// <summary>The question text (up to 10,000 characters).</summary>
    public string? Text { get; init; }
    /// <summary>The situation a scenario question describes.</summary>
    public string? Scenario { get; init; }
    /// <summary>The options in display order (key, text, optional explanation).</summary>
    public IReadOnlyList<QuestionOptionDto>? Options { get; init; }
    /// <summary>The right option keys; several make a multiple-answer question.</summary>
    public IReadOnlyList<string>? CorrectKeys { get; init; }
    /// <summary>Why the right answer is right; shown after answering.</summary>
    public string? Explanation { get; init; }
    /// <summary>The reference answer of a theory or open scenario question.</summary>
    public string? ModelAnswer { get; init; }
    /// <summary>Keywords that grade a free-text answer (half must appear).</summary>
    public IReadOnlyList<string>? RubricKeywords { get; init; }
    /// <summary>1 (easy) to 5 (hard); default 3.</summary>
    public int? Difficulty { get; init; }
    /// <summary>How long an answer should take.</summary>
    public int? EstimatedTimeSeconds { get; init; }
    /// <summary>Free tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
    /// <summary>Any object, kept verbatim.</summary>
    public JsonElement? Metadata { get; init; }
    /// <summary>Images or other media as http(s) URLs.</summary>
    public IReadOnlyList<string>? Media { get; init; }
    /// <summary>Where the question comes from.</summary>
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
