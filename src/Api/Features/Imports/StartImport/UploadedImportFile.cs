namespace AdaptiveLearning.Api.Features.Imports.StartImport;

/// <param name="Name">The file name, <c>topic__subtopic__leaf__facet.json</c> or <c>_hierarchy.json</c>.</param>
/// <param name="Content">The file's text, exactly as it would be on disk.</param>
public sealed record UploadedImportFile(string Name, string Content);
