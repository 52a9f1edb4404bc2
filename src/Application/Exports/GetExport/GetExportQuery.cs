namespace AdaptiveLearning.Application.Exports.GetExport;

/// <param name="VisibleTo">The user asking, who sees only their own exports; null for an admin, who sees every export.</param>
public sealed record GetExportQuery(Guid Id, Guid? VisibleTo);
