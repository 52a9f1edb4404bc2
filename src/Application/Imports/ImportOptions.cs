namespace AdaptiveLearning.Application.Imports;

/// <param name="DryRun">Validate and classify everything, then roll back: the report says what an import would do.</param>
/// <param name="Publish">Created and changed questions go live, and unchanged drafts are published too.</param>
public sealed record ImportOptions(bool DryRun = false, bool Publish = false, Guid? UserId = null);
