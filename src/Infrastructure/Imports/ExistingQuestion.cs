namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>What a batch needs to know about a question already stored under one of its external ids.</summary>
internal sealed record ExistingQuestion(long Id, string ExternalId, long FacetId, string ContentHash, string Status)
{
    public bool IsUnpublishedDraft => Status is "draft" or "in_review";
}
