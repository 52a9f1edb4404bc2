namespace AdaptiveLearning.Domain.Content;

/// <summary>Editorial workflow: draft → in_review → published → archived.</summary>
public enum QuestionStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}
