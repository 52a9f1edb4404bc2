using System.Text.Json;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>
/// A question's current version. Answer-revealing fields (correct keys, explanations, model
/// answer, rubric) are null in the learner view and so absent from learner responses.
/// </summary>
public sealed record QuestionDto
{
    /// <summary>The question.</summary>
    public required long Id { get; init; }
    /// <summary>The id in the content team's bank files; unique.</summary>
    public required string ExternalId { get; init; }
    /// <summary>The facet the question belongs to.</summary>
    public required string Path { get; init; }
    /// <summary>mcq, theory or scenario.</summary>
    public required QuestionType Type { get; init; }
    /// <summary>draft, in_review, published or archived.</summary>
    public required QuestionStatus Status { get; init; }
    /// <summary>The current version; each content change adds one.</summary>
    public required int Version { get; init; }
    /// <summary>The question text.</summary>
    public required string Text { get; init; }
    /// <summary>The situation a scenario question describes.</summary>
    public string? Scenario { get; init; }
    /// <summary>The options in display order.</summary>
    public IReadOnlyList<QuestionOptionDto> Options { get; init; } = [];
    /// <summary>The author's difficulty, 1-5.</summary>
    public int Difficulty { get; init; }
    /// <summary>How long an answer should take.</summary>
    public int? EstimatedTimeSeconds { get; init; }
    /// <summary>Free tags, lower case.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Images or other media (http(s) URLs).</summary>
    public IReadOnlyList<string> Media { get; init; } = [];
    /// <summary>Any object the content team keeps with the question, verbatim.</summary>
    public JsonElement? Metadata { get; init; }
    /// <summary>Where the question comes from.</summary>
    public string? Source { get; init; }
    /// <summary>Several options are correct.</summary>
    public bool MultipleCorrect { get; init; }
    /// <summary>When the question last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The right option keys (staff only).</summary>

    public IReadOnlyList<string>? CorrectKeys { get; init; }
    /// <summary>Why the right answer is right (staff only).</summary>
    public string? Explanation { get; init; }
    /// <summary>The reference answer (staff only).</summary>
    public string? ModelAnswer { get; init; }
    /// <summary>Keywords a free-text answer is graded by (staff only).</summary>
    public IReadOnlyList<string>? RubricKeywords { get; init; }
    /// <summary>Item response theory parameters, authored or calibrated from answers.</summary>
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
