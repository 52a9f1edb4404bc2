namespace AdaptiveLearning.Application.Questions;

/// <summary>The <c>Content</c> configuration section.</summary>
public sealed record ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// When true, a question reaches learners only through a reviewer's approval: publish refuses drafts and
    /// questions in review, and a new version of a question past draft sends it back to draft (ADR 0016).
    /// </summary>
    public bool RequireReview { get; init; }
}
