using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Api.Features.Questions.CreateQuestion;

/// <summary>A new question (a draft) in a facet.</summary>
public sealed record CreateQuestionRequest : QuestionInput
{
    public const string Route = "/questions";

    /// <summary>The facet's full path.</summary>
    /// <example>driving__signs__warning__shapes</example>
    public string Path { get; init; } = "";
    /// <summary>Your own stable id (as in import files); generated when omitted.</summary>
    public string? ExternalId { get; init; }
}
