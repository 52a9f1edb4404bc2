using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Goals.GetGoalPlan;
using AdaptiveLearning.Domain.Goals;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Goals.GetGoalPlan;

internal sealed class GetGoalPlanEndpoint(IHandler<GetGoalPlanQuery, StudyPlan> handler) : Endpoint<GoalRequest, StudyPlan>
{
    public override void Configure()
    {
        Get(GoalRequest.PlanRoute);
        Options(x => x.WithTags("Goals"));
        Summary(s =>
        {
            s.Summary = "My plan for a goal: new cards and reviews per day until the date, and whether it fits my minutes";
            s.Description = "Computed now from my cards with the FSRS workload simulator, so it follows every answer. When it does not fit "
                            + "(feasible: false) it says the minutes per day it needs and the earliest date my minutes would suffice for. "
                            + "422 goal_ended once the target date has come.";
        });
        Description(x => x.Produces<StudyPlan>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(GoalRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetGoalPlanQuery(User.UserId(), req.Id), ct), ct);
}
