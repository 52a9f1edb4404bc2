using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Goals;
using AdaptiveLearning.Application.Goals.UpdateGoal;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Goals.UpdateGoal;

internal sealed class UpdateGoalEndpoint(IHandler<UpdateGoalCommand, GoalView> handler) : Endpoint<UpdateGoalRequest, GoalView>
{
    public override void Configure()
    {
        Patch(UpdateGoalRequest.Route);
        Options(x => x.WithTags("Goals"));
        Summary(s => s.Summary = "Change one of my study goals: move the date, widen the scope, give it more minutes");
        Description(x => x.Produces<GoalView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(UpdateGoalRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new UpdateGoalCommand(User.UserId(), req.Id, req.Name, req.Scope, req.TargetDate,
            req.DesiredRetention, req.StudyDays, req.MinutesPerDay), ct), ct);
}
