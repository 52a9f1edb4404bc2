using System.Text.Json;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>Everything an author edits about a question, as one version holds it (the staff view: answer keys included).</summary>
public sealed record QuestionContentDto
{
    /// <summary>mcq, theory or scenario.</summary>
    public required QuestionType Type { get; init; }
    /// <summary>The question text.</summary>
    public required string Text { get; init; }
    /// <summary>The situation a scenario question describes.</summary>
    public string? Scenario { get; init; }
    /// <summary>The options in display order.</summary>
    public required IReadOnlyList<QuestionOptionDto> Options { get; init; }
    /// <summary>The right option keys.</summary>
    public required IReadOnlyList<string> CorrectKeys { get; init; }
    /// <summary>Why the right answer is right.</summary>
    public string? Explanation { get; init; }
    /// <summary>The reference answer.</summary>
    public string? ModelAnswer { get; init; }
    /// <summary>Keywords a free-text answer is graded by.</summary>
    public required IReadOnlyList<string> RubricKeywords { get; init; }
    /// <summary>The author's difficulty, 1-5.</summary>
    public required int Difficulty { get; init; }
    /// <summary>How long an answer should take.</summary>
    public int? EstimatedTimeSeconds { get; init; }
    /// <summary>Free tags, lower case.</summary>
    public required IReadOnlyList<string> Tags { get; init; }
    /// <summary>Images or other media.</summary>
    public required IReadOnlyList<string> Media { get; init; }
    /// <summary>Any object the content team keeps with the question, verbatim.</summary>
    public JsonElement? Metadata { get; init; }
    /// <summary>Where the question comes from.</summary>
    public string? Source { get; init; }

    public static QuestionContentDto From(QuestionContent c) => new()
    {
        Type = c.Type,
        Text = c.Text,
        Scenario = c.Scenario,
        Options = c.Options.Select(o => new QuestionOptionDto(o.Key, o.Text, o.Explanation)).ToArray(),
        CorrectKeys = c.CorrectKeys,
        Explanation = c.Explanation,
        ModelAnswer = c.ModelAnswer,
        RubricKeywords = c.RubricKeywords,
        Difficulty = c.Difficulty,
        EstimatedTimeSeconds = c.EstimatedTimeSeconds,
        Tags = c.Tags,
        Media = c.Media,
        Metadata = c.Metadata,
        Source = c.Source,
    };
}
