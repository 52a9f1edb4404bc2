using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions.GetSession;
using AdaptiveLearning.Application.Sessions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Sessions.GetSession;

internal sealed class GetSessionEndpoint(IHandler<GetSessionQuery, SessionView> handler) : Endpoint<SessionRequest, SessionView>
{
    public override void Configure()
    {
        Get(SessionRequest.Route);
        Options(x => x.WithTags("Sessions"));
        Summary(s => s.Summary = "A session with its running counts of answers and correct answers");
        Description(x => x.Produces<SessionView>().ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(SessionRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetSessionQuery(User.UserId(), req.Id), ct), ct);
}
