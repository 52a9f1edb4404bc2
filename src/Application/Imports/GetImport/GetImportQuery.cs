namespace AdaptiveLearning.Application.Imports.GetImport;

public sealed record GetImportQuery(Guid Id);
