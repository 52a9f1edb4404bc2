using System.Text.Json;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>
/// A question's current version. Answer-revealing fields (correct keys, explanations, model
/// answer, rubric) are null in the learner view and so absent from learner responses.
/// </summary>
public sealed record QuestionDto
{
    public required long Id { get; init; }
    public required string ExternalId { get; init; }
    public required string Path { get; init; }
    public required QuestionType Type { get; init; }
    public required QuestionStatus Status { get; init; }
    public required int Version { get; init; }
    public required string Text { get; init; }
    public string? Scenario { get; init; }
    public IReadOnlyList<QuestionOptionDto> Options { get; init; } = [];
    public int Difficulty { get; init; }
    public int? EstimatedTimeSeconds { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Media { get; init; } = [];
    public JsonElement? Metadata { get; init; }
    public string? Source { get; init; }
    public bool MultipleCorrect { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public IReadOnlyList<string>? CorrectKeys { get; init; }
    public string? Explanation { get; init; }
    public string? ModelAnswer { get; init; }
    public IReadOnlyList<string>? RubricKeywords { get; init; }
    public IrtDto? Irt { get; init; }

    /// <summary>False when the question or any node above it is not visible to learners.</summary>
    public bool VisibleToLearners { get; init; }

    public QuestionDto ForLearner() => this with
    {
        Options = Options.Select(o => o with { Explanation = null }).ToArray(),
        CorrectKeys = null,
        Explanation = null,
        ModelAnswer = null,
        RubricKeywords = null,
        Irt = null,
    };
}
