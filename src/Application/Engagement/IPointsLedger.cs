using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Engagement;

/// <summary>The points ledger outside the answer transaction (which appends through <see cref="Learning.ICardTransaction"/>).</summary>
public interface IPointsLedger
{
    /// <summary>Appends the row unless the learner already has one with its source key.</summary>
    Task AddAsync(Guid userId, PointsEntry entry, DateTimeOffset now, CancellationToken ct);

    /// <summary>All points, and those of the learner day <paramref name="today"/>.</summary>
    Task<(long Total, long Today)> TotalsAsync(Guid userId, DateOnly today, CancellationToken ct);

    /// <summary>All points, and those of today, this week and this month (learner days from the given first days on).</summary>
    Task<PointsPeriods> PeriodTotalsAsync(Guid userId, DateOnly today, DateOnly weekStart, DateOnly monthStart, CancellationToken ct);

    /// <summary>The ledger, newest row first.</summary>
    Task<Page<LedgerEntry>> PageAsync(Guid userId, KeysetCursor? after, int limit, CancellationToken ct);

    /// <summary>Learner days (as lived) with at least one answer that still counts.</summary>
    Task<IReadOnlyList<DateOnly>> ActiveDaysAsync(Guid userId, CancellationToken ct);
}
