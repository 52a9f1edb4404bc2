using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Application.Questions.CreateQuestion;

public sealed record CreateQuestionCommand(Guid AuthorId, string? ExternalId, string FacetPath, QuestionInput Input);
