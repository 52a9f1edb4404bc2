namespace AdaptiveLearning.Application.Imports.StartImport;

public sealed record StartImportCommand(IReadOnlyList<ImportFile> Files, bool DryRun, bool Publish, Guid UserId);
