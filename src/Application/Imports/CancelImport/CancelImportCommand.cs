namespace AdaptiveLearning.Application.Imports.CancelImport;

/// <param name="VisibleTo">The user asking, who may cancel only their own jobs; null for an admin.</param>
public sealed record CancelImportCommand(Guid Id, Guid? VisibleTo);
