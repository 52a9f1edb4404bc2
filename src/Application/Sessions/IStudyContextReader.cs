namespace AdaptiveLearning.Application.Sessions;

/// <summary>
/// What a study request starts from, read in one database round trip: the learner, the sessions the request names and
/// the attempts its client ids already recorded. Answers and next questions read these on every call, and each separate
/// read was a round trip of its own.
/// </summary>
public interface IStudyContextReader
{
    /// <param name="sessionIds">Only the learner's own sessions come back; someone else's is simply not found.</param>
    /// <param name="clientAttemptIds">The learner's attempts already recorded under these ids.</param>
    Task<StudyContext> ReadAsync(Guid userId, IReadOnlyCollection<Guid> sessionIds, IReadOnlyCollection<string> clientAttemptIds,
        CancellationToken ct);
}
