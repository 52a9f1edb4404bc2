using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Learning.Sessions.GetSession;

internal sealed class GetSessionHandler(SessionLoader loader, IStudyQueries study) : IHandler<GetSessionQuery, SessionView>
{
    public async Task<SessionView> HandleAsync(GetSessionQuery request, CancellationToken ct)
    {
        var session = await loader.SessionAsync(request.UserId, request.SessionId, ct);
        return SessionView.From(session, await study.SessionCountsAsync(session.Id, ct));
    }
}
