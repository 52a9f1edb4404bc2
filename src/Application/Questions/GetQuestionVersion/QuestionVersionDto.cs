using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions.GetQuestionVersion;

/// <summary>One version of a question, its content exactly as it was written (staff view: answer keys included).</summary>
public sealed record QuestionVersionDto
{
    /// <summary>The question.</summary>
    public required long QuestionId { get; init; }
    /// <summary>The version number.</summary>
    public required int Version { get; init; }
    /// <summary>True for the question's current version.</summary>
    public required bool Current { get; init; }
    /// <summary>The facet the question was in when this version was written.</summary>
    public string? Path { get; init; }
    /// <summary>The status the question last had while this version was current; null when nothing recorded it.</summary>
    public QuestionStatus? Status { get; init; }
    /// <summary>Who wrote the version.</summary>
    public Guid? CreatedBy { get; init; }
    /// <summary>When it was written (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The version a restore copied to make this one.</summary>
    public int? RestoredFrom { get; init; }
    /// <summary>The content.</summary>
    public required QuestionContentDto Content { get; init; }
}
