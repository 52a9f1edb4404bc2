using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Sessions.ListStudySessions;

internal sealed class ListStudySessionsHandler(ISessionHistoryQueries history) : IHandler<ListStudySessionsQuery, StudySessionPage>
{
    public async Task<StudySessionPage> HandleAsync(ListStudySessionsQuery query, CancellationToken ct)
    {
        if (!SessionCursor.TryDecode(query.Cursor, out var after))
            throw ProblemException.Field("cursor", "Not a cursor returned by this API.");
        if (query.From is { } from && query.To is { } to && to <= from)
            throw ProblemException.Field("to", "Must be later than from.");
        var filter = new SessionHistoryFilter(query.UserId, query.Status, query.Mode, query.From, query.To, after,
            Math.Clamp(query.Limit ?? SessionHistoryFilter.DefaultLimit, 1, SessionHistoryFilter.MaxLimit));
        var (items, more) = await history.ListAsync(filter, ct);
        var next = more && items.Count > 0 ? new SessionCursor(items[^1].StartedAt, items[^1].Id).Encode() : null;
        return new StudySessionPage(items, next);
    }
}
