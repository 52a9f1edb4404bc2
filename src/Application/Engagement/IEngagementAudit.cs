namespace AdaptiveLearning.Application.Engagement;

/// <summary>Reads for the fairness rebuild: the attempt log beside the ledger.</summary>
public interface IEngagementAudit
{
    /// <summary>Account ids after <paramref name="after"/>, in id order.</summary>
    Task<IReadOnlyList<Guid>> LearnersAsync(Guid? after, int limit, CancellationToken ct);

    Task<EngagementHistory> HistoryAsync(Guid userId, CancellationToken ct);
}
