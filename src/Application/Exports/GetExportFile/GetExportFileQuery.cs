namespace AdaptiveLearning.Application.Exports.GetExportFile;

/// <param name="VisibleTo">The user asking, who may download only their own exports; null for an admin.</param>
public sealed record GetExportFileQuery(Guid Id, Guid? VisibleTo);
