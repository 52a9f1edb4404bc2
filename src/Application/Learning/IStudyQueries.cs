namespace AdaptiveLearning.Application.Learning;

/// <summary>
/// What may be studied: only published questions under active hierarchy nodes inside the scope
/// (hierarchy paths; empty = everything), never suspended or buried cards.
/// </summary>
public interface IStudyQueries
{
    /// <summary>
    /// Studied cards due before <paramref name="dueBefore"/>, earliest first, on published questions of the given facets.
    /// The caller names the facets (the visible ones in scope, from the cached hierarchy), so no card is joined to the
    /// hierarchy rows to decide whether its question is visible.
    /// </summary>
    Task<IReadOnlyList<StudyCard>> DueCardsAsync(Guid userId, IReadOnlyList<long> facetIds, DateTimeOffset now,
        DateTimeOffset dueBefore, int limit, CancellationToken ct);

    /// <summary>
    /// Published questions the learner has never studied (no card, or a reset one), facet by facet in the order given,
    /// then by id. The caller names the facets (visible ones, from the cached hierarchy), so no query scans the bank.
    /// </summary>
    Task<IReadOnlyList<long>> NewQuestionIdsAsync(Guid userId, IReadOnlyList<long> facetIds, DateTimeOffset now, int limit, CancellationToken ct);

    /// <summary>Every question in scope not yet answered in the session, with its card when there is one.</summary>
    Task<IReadOnlyList<StudyCard>> CramCandidatesAsync(Guid userId, Guid sessionId, IReadOnlyList<string> scope,
        DateTimeOffset now, int limit, CancellationToken ct);

    Task<IReadOnlyList<long>> RandomQuestionIdsAsync(IReadOnlyList<string> scope, int count, CancellationToken ct);

    Task<StudiedToday> StudiedBetweenAsync(Guid userId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    Task<SessionCounts> SessionCountsAsync(Guid sessionId, CancellationToken ct);

    /// <summary><see cref="SessionCountsAsync"/> and <see cref="StudiedBetweenAsync"/> of one learner day, in one round trip.</summary>
    Task<(SessionCounts Session, StudiedToday Day)> SessionAndDayCountsAsync(Guid userId, Guid sessionId, DateTimeOffset dayStart,
        DateTimeOffset dayEnd, CancellationToken ct);

    /// <returns>The questions in the order of <paramref name="questionIds"/>; unknown ids are left out.</returns>
    Task<IReadOnlyList<LearnerQuestion>> LearnerQuestionsAsync(IReadOnlyList<long> questionIds, CancellationToken ct);
}
