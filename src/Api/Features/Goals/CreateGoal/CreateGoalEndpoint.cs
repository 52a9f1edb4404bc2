using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Goals;
using AdaptiveLearning.Application.Goals.CreateGoal;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Goals.CreateGoal;

internal sealed class CreateGoalEndpoint(IHandler<CreateGoalCommand, GoalView> handler) : Endpoint<CreateGoalRequest, GoalView>
{
    public override void Configure()
    {
        Post(CreateGoalRequest.Route);
        Options(x => x.WithTags("Goals"));
        Summary(s =>
        {
            s.Summary = "Set a study goal: a scope to know by a date, with my study days and minutes";
            s.Description = "At most 20 goals (422 too_many_goals); a scope without published questions is refused (422 nothing_to_study).";
        });
        Description(x => x.Produces<GoalView>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateGoalRequest req, CancellationToken ct)
    {
        var goal = await handler.HandleAsync(new CreateGoalCommand(User.UserId(), req.Name, req.Scope, req.TargetDate!.Value,
            req.DesiredRetention!.Value, req.StudyDays ?? Enum.GetValues<DayOfWeek>(), req.MinutesPerDay!.Value), ct);
        LocationHeader.Set(HttpContext, GoalRequest.For(goal.Id));
        await Send.ResponseAsync(goal, 201, ct);
    }
}
