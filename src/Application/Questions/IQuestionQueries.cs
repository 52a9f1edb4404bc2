namespace AdaptiveLearning.Application.Questions;

public interface IQuestionQueries
{
    /// <summary>The full (author) view of a question, or null.</summary>
    Task<QuestionDto?> GetAsync(long id, CancellationToken ct);

    Task<QuestionPage> ListAsync(QuestionSpecification specification, CancellationToken ct);
}
