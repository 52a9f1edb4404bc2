using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.ExportQuestions;

/// <summary>Write the bank (or the subtree at <paramref name="NodePath"/>) in the import format.</summary>
/// <param name="Status">Only questions in this status; null for all of them.</param>
/// <param name="Format">The facet files' format; the hierarchy file is JSON whatever the format.</param>
public sealed record ExportQuestionsCommand(string? NodePath, IExportTarget Target, QuestionStatus? Status = null, BankFormat Format = BankFormat.Json);
