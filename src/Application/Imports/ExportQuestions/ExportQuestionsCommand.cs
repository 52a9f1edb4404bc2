using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.ExportQuestions;

/// <summary>Write the bank (or the subtree at <paramref name="NodePath"/>) in the import format.</summary>
/// <param name="Status">Only questions in this status; null for all of them.</param>
public sealed record ExportQuestionsCommand(string? NodePath, IExportTarget Target, QuestionStatus? Status = null);
