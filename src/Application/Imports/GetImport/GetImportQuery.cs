namespace AdaptiveLearning.Application.Imports.GetImport;

/// <param name="VisibleTo">The author asking, who sees only their own jobs; null for an admin, who sees every job.</param>
public sealed record GetImportQuery(Guid Id, Guid? VisibleTo);
