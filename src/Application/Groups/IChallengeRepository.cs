using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups;

public interface IChallengeRepository
{
    Task AddAsync(GroupChallenge challenge, CancellationToken ct);

    /// <summary>Only a challenge of that group: another group's challenge id reads as missing.</summary>
    Task<GroupChallenge?> GetAsync(Guid groupId, Guid challengeId, CancellationToken ct);

    /// <summary>The group's challenges, latest start first.</summary>
    Task<IReadOnlyList<GroupChallenge>> ListAsync(Guid groupId, CancellationToken ct);

    /// <summary>Each learner's score on the challenge's metric, period and scope (set-based, from the ledger and the attempt log).</summary>
    Task<IReadOnlyDictionary<Guid, long>> ScoresAsync(GroupChallenge challenge, IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    /// <summary>
    /// Stores the result and emits <c>challenge.ended</c> in one transaction, unless a result is already stored.
    /// </summary>
    /// <returns>False when another request stored the result first.</returns>
    Task<bool> FinishAsync(GroupChallenge challenge, IReadOnlyList<Standing> result, DateTimeOffset endedAt, CancellationToken ct);
}
