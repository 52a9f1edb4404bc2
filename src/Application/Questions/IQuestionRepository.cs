using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

public interface IQuestionRepository
{
    /// <returns>The question with the editor of its current version, or null.</returns>
    Task<Question?> GetAsync(long id, CancellationToken ct);

    /// <returns>The new question's id.</returns>
    /// <exception cref="Common.DuplicateKeyException">when the external id exists.</exception>
    Task<long> AddAsync(Question question, Guid? authorId, CancellationToken ct);

    /// <summary>
    /// Saves state and, when <paramref name="newVersion"/>, appends the content as a new version; a status that differs
    /// from <paramref name="loaded"/>'s is recorded in the question's history with <paramref name="reason"/>, in the
    /// same transaction; <paramref name="restoredFrom"/> marks the new version as a copy of that one. Nothing is written
    /// unless the stored question still has <paramref name="loaded"/>'s version, status and facet, so a decision made on
    /// what was read never lands on what another writer left.
    /// </summary>
    /// <returns>False when another write got there first; nothing was written.</returns>
    Task<bool> SaveAsync(Question question, QuestionStamp loaded, bool newVersion, Guid? actorId, string? reason, CancellationToken ct,
        int? restoredFrom = null);
}
