namespace AdaptiveLearning.Application.Imports.ExportQuestions;

/// <summary>Write the bank (or the subtree at <paramref name="NodePath"/>) in the import format.</summary>
public sealed record ExportQuestionsCommand(string? NodePath, IExportTarget Target);
