using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>A question waiting for a reviewer.</summary>
public sealed record ReviewQueueItem
{
    /// <summary>The question.</summary>
    public required long Id { get; init; }
    /// <summary>The id in the content team's bank files.</summary>
    public required string ExternalId { get; init; }
    /// <summary>The facet the question belongs to.</summary>
    public required string Path { get; init; }
    /// <summary>mcq, theory or scenario.</summary>
    public required QuestionType Type { get; init; }
    /// <summary>The question text.</summary>
    public required string Text { get; init; }
    /// <summary>The version under review.</summary>
    public required int Version { get; init; }
    /// <summary>When it was submitted (UTC); the queue is ordered by it, oldest first.</summary>
    public required DateTimeOffset SubmittedAt { get; init; }
    /// <summary>Who created the question.</summary>
    public Guid? AuthorId { get; init; }
    /// <summary>Who made the version under review: the one staff member who may not approve it.</summary>
    public Guid? LastEditorId { get; init; }
}
