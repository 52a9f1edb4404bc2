using AdaptiveLearning.Application.Imports.ImportQuestions;

namespace AdaptiveLearning.Application.Imports;

public sealed record QueuedImport(Guid JobId, ImportQuestionsCommand Command);
