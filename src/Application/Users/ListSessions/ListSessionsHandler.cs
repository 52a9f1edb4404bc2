using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.ListSessions;

internal sealed class ListSessionsHandler(IDeviceSessions sessions, IClock clock) : IHandler<ListSessionsQuery, IReadOnlyList<SignedInSession>>
{
    public async Task<IReadOnlyList<SignedInSession>> HandleAsync(ListSessionsQuery request, CancellationToken ct) =>
        (await sessions.ListAsync(request.UserId, clock.UtcNow, ct))
        .Select(s => s with { Current = s.Id == request.CurrentSessionId })
        .ToList();
}
