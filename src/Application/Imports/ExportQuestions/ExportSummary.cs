namespace AdaptiveLearning.Application.Imports.ExportQuestions;

public sealed record ExportSummary(int Files, int Questions);
