namespace AdaptiveLearning.Domain.Content;

/// <summary>The parts of a question every user-facing write changes: content (version), status or facet.</summary>
public sealed record QuestionStamp(int Version, QuestionStatus Status, long FacetId);
