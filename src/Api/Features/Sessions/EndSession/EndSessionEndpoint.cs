using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions.EndSession;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Sessions.EndSession;

internal sealed class EndSessionEndpoint(IHandler<EndSessionCommand, SessionSummary> handler) : Endpoint<SessionRequest, SessionSummary>
{
    public override void Configure()
    {
        Post(SessionRequest.EndRoute);
        Options(x => x.WithTags("Sessions"));
        Summary(s => s.Summary = "End a session and get its summary (a mock test's score and answers too)");
        Description(x => x.Produces<SessionSummary>().ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(SessionRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new EndSessionCommand(User.UserId(), req.Id), ct), ct);
}
