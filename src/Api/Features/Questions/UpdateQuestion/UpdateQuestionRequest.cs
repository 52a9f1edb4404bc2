using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Api.Features.Questions.UpdateQuestion;

/// <summary>Only the fields present change; a real content change creates a new version, a new path moves the question.</summary>
public sealed record UpdateQuestionRequest : QuestionInput
{
    public const string Route = "/questions/{id}";

    public long Id { get; init; }
    /// <summary>Move to another facet.</summary>
    public string? Path { get; init; }

    public static string For(long id) => Route.Replace("{id}", id.ToString());
}
