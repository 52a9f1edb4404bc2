using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Users.GetPoints;

internal sealed class GetPointsHandler(SessionLoader loader, IPointsLedger ledger, PointsRules rules, IClock clock)
    : IHandler<GetPointsQuery, PointsReport>
{
    public async Task<PointsReport> HandleAsync(GetPointsQuery query, CancellationToken ct)
    {
        var after = KeysetCursor.DecodeOrThrow(query.Cursor, "cursor");
        var calendar = LearnerSchedule.For(await loader.LearnerAsync(query.UserId, ct)).Calendar;
        var today = calendar.Date(clock.UtcNow);
        var (total, todays) = await ledger.TotalsAsync(query.UserId, today, ct);
        var page = await ledger.PageAsync(query.UserId, after, Math.Clamp(query.Limit ?? GetPointsQuery.DefaultLimit, 1, GetPointsQuery.MaxLimit), ct);
        var level = rules.Levels.For(total);
        return new PointsReport(total, todays, level.Level, level.LevelStartPoints, level.NextLevelPoints,
            level.NextLevelPoints - Math.Max(0, total), level.Progress, page.Items, page.Next?.Encode());
    }
}
