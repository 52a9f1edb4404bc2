using AdaptiveLearning.Application.Adaptive.Placement;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions.GetSession;

internal sealed class GetSessionHandler(SessionLoader loader, IStudyQueries study, PlacementRunner placement)
    : IHandler<GetSessionQuery, SessionView>
{
    public async Task<SessionView> HandleAsync(GetSessionQuery request, CancellationToken ct)
    {
        var session = await loader.SessionAsync(request.UserId, request.SessionId, ct);
        var view = SessionView.From(session, await study.SessionCountsAsync(session.Id, ct));
        return session.Mode == SessionMode.Placement
            ? view with { Placement = (await placement.ReplayAsync(session, ct)).View() }
            : view;
    }
}
