using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Goals;
using AdaptiveLearning.Application.Goals.GetGoal;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Goals.GetGoal;

internal sealed class GetGoalEndpoint(IHandler<GetGoalQuery, GoalView> handler) : Endpoint<GoalRequest, GoalView>
{
    public override void Configure()
    {
        Get(GoalRequest.Route);
        Options(x => x.WithTags("Goals"));
        Summary(s => s.Summary = "One of my study goals");
        Description(x => x.Produces<GoalView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GoalRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetGoalQuery(User.UserId(), req.Id), ct), ct);
}
