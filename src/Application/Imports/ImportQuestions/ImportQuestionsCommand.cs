namespace AdaptiveLearning.Application.Imports.ImportQuestions;

/// <summary>Import question files (and any <c>_hierarchy.json</c>) — the one use case behind the console program and the API job.</summary>
public sealed record ImportQuestionsCommand(
    IReadOnlyList<ImportFile> Files,
    ImportOptions Options,
    IProgress<ImportProgress>? Progress = null);
