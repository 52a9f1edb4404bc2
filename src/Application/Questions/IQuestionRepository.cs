using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

public interface IQuestionRepository
{
    Task<Question?> GetAsync(long id, CancellationToken ct);

    /// <returns>The new question's id.</returns>
    /// <exception cref="Common.DuplicateKeyException">when the external id exists.</exception>
    Task<long> AddAsync(Question question, Guid? authorId, CancellationToken ct);

    /// <summary>Saves state and, when <paramref name="newVersion"/>, appends the content as a new version.</summary>
    Task SaveAsync(Question question, bool newVersion, Guid? authorId, CancellationToken ct);
}
