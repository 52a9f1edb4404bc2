namespace AdaptiveLearning.Application.Content.Questions.CreateQuestion;

public sealed record CreateQuestionCommand(Guid AuthorId, string? ExternalId, string FacetPath, QuestionInput Input);
