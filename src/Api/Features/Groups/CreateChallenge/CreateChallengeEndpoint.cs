using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Application.Groups.CreateChallenge;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.CreateChallenge;

internal sealed class CreateChallengeEndpoint(IHandler<CreateChallengeCommand, ChallengeView> handler) : Endpoint<CreateChallengeRequest, ChallengeView>
{
    public override void Configure()
    {
        Post(CreateChallengeRequest.Route);
        Options(x => x.WithTags("Groups"));
        Summary(s =>
        {
            s.Summary = "Challenge my group: a metric (points, answers or correct answers) over a period, optionally within a scope";
            s.Description = "Any member may start one. Its board counts the members who are on leaderboards; the first read after it ends freezes the result and emits challenge.ended.";
        });
        Description(x => x.Produces<ChallengeView>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(422),
            clearDefaults: true);
    }

    public override async Task HandleAsync(CreateChallengeRequest req, CancellationToken ct)
    {
        var challenge = await handler.HandleAsync(new CreateChallengeCommand(User.UserId(), req.Id, req.Name, req.Metric!.Value, req.Scope,
            req.StartsAt!.Value, req.EndsAt!.Value), ct);
        LocationHeader.Set(HttpContext, ChallengeRequest.For(req.Id, challenge.Id));
        await Send.ResponseAsync(challenge, 201, ct);
    }
}
