using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Goals.DeleteGoal;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Goals.DeleteGoal;

internal sealed class DeleteGoalEndpoint(IHandler<DeleteGoalCommand, bool> handler) : Endpoint<GoalRequest>
{
    public override void Configure()
    {
        Delete(GoalRequest.Route);
        Options(x => x.WithTags("Goals"));
        Summary(s => s.Summary = "Delete one of my study goals (my cards and answers stay)");
        Description(x => x.Produces(204).ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GoalRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new DeleteGoalCommand(User.UserId(), req.Id), ct);
        await Send.NoContentAsync(ct);
    }
}
