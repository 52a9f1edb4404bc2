namespace AdaptiveLearning.Application.Imports;

public sealed record ExportNode(long Id, string Path, int Level, string Name, string? Description, int SortOrder);
