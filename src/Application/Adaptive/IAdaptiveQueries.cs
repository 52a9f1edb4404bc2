namespace AdaptiveLearning.Application.Adaptive;

/// <summary>What the adaptive engine reads about one learner and about items.</summary>
public interface IAdaptiveQueries
{
    /// <summary>Everything a learner's knowledge state is traced from.</summary>
    Task<LearnerEvidence> EvidenceAsync(Guid userId, CancellationToken ct);

    /// <summary>
    /// The learner's attempts stored after <paramref name="afterAttemptId"/>, with the stamp: what an incrementally kept
    /// state needs to catch up, at a cost that does not grow with the learner's history.
    /// </summary>
    Task<NewEvidence> EvidenceSinceAsync(Guid userId, long afterAttemptId, CancellationToken ct);

    Task<IReadOnlyDictionary<long, AdaptiveItem>> ItemsAsync(IReadOnlyCollection<long> questionIds, CancellationToken ct);

    /// <summary>Published questions under active nodes in the scope (empty = everything): a placement test's bank.</summary>
    Task<IReadOnlyList<AdaptiveItem>> ItemBankAsync(IReadOnlyList<string> scope, CancellationToken ct);
}
