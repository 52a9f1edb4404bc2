using AdaptiveLearning.Application.Mail;
using AdaptiveLearning.Domain.Notifications;

namespace AdaptiveLearning.Application.Notifications;

/// <summary>The reminder job's reads and its one write.</summary>
public interface IReminderStore
{
    /// <summary>Active learners after <paramref name="afterUserId"/> in id order, with their due reviews at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<ReminderLearner>> LearnersAsync(string? afterUserId, int limit, DateTimeOffset now, CancellationToken ct);

    /// <summary>The ledger's active days (as lived) of each learner, in one query.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<DateOnly>>> ActiveDaysAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    /// <summary>Stores the notification and queues its mail in one transaction, unless the learner already has one of its type and period.</summary>
    /// <returns>False when it existed already (a rerun or a concurrent run made it): nothing is written or sent.</returns>
    Task<bool> DeliverAsync(Reminder reminder, OutboundMail? mail, DateTimeOffset now, CancellationToken ct);
}
