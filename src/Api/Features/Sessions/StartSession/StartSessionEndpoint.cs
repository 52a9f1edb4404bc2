using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions.StartSession;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Learning;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Sessions.StartSession;

internal sealed class StartSessionEndpoint(IHandler<StartSessionCommand, SessionView> handler) : Endpoint<StartSessionRequest, SessionView>
{
    public override void Configure()
    {
        Post(StartSessionRequest.Route);
        Options(x => x.WithTags("Sessions"));
        Summary(s => s.Summary = "Start a study session: learn, review, practice, mock_test, cram or placement over a scope");
        Description(x => x.Produces<SessionView>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(StartSessionRequest req, CancellationToken ct)
    {
        var session = await handler.HandleAsync(new StartSessionCommand(User.UserId(), req.Mode, req.Scope, req.Limits ?? new SessionLimits(), req.GoalId), ct);
        LocationHeader.Set(HttpContext, SessionRequest.For(session.Id));
        await Send.ResponseAsync(session, 201, ct);
    }
}
