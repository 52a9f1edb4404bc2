namespace AdaptiveLearning.Application.Adaptive;

/// <summary>What the adaptive engine reads about one learner and about items.</summary>
public interface IAdaptiveQueries
{
    Task<LearnerEvidence> EvidenceAsync(Guid userId, CancellationToken ct);

    Task<IReadOnlyDictionary<long, AdaptiveItem>> ItemsAsync(IReadOnlyCollection<long> questionIds, CancellationToken ct);

    /// <summary>Published questions under active nodes in the scope (empty = everything): a placement test's bank.</summary>
    Task<IReadOnlyList<AdaptiveItem>> ItemBankAsync(IReadOnlyList<string> scope, CancellationToken ct);
}
