namespace AdaptiveLearning.Application.Imports.ListImports;

/// <param name="VisibleTo">The user asking, who sees only their own jobs; null for an admin.</param>
/// <param name="Author">An admin's filter by the user who started the job; ignored for everyone else.</param>
/// <param name="From">Created at or after.</param>
/// <param name="To">Created before.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record ListImportsQuery(Guid? VisibleTo, Guid? Author = null, ImportJobStatus? State = null, DateTimeOffset? From = null,
    DateTimeOffset? To = null, string? Cursor = null, int? Limit = null);
