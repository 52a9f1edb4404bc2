using AdaptiveLearning.Domain.Leaderboards;

namespace AdaptiveLearning.Application.Leaderboards;

/// <summary>
/// The period boards (Redis sorted sets rebuilt from the points ledger, ADR 0026). Hidden learners are not on them at
/// all, so they are never shown and never counted in anyone's rank.
/// </summary>
public interface ILeaderboards
{
    /// <summary>
    /// Says the learner's points (or their visibility) changed after a commit. Fire-and-forget: it never waits on Redis
    /// and never fails the caller; the next read re-sums the learner from the ledger.
    /// </summary>
    void MarkChanged(Guid userId);

    /// <summary>The top <paramref name="limit"/> of the window, and the caller's own place wherever it is (null when not on the board).</summary>
    Task<BoardSlice> TopAsync(LeaderboardWindow window, int limit, Guid caller, CancellationToken ct);

    /// <summary>The points of the given learners in the window; learners not on the board are left out.</summary>
    Task<IReadOnlyDictionary<Guid, long>> PointsOfAsync(LeaderboardWindow window, IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    /// <summary>Display names (the username when none is set; never an email).</summary>
    Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);
}
