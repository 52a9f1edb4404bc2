using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Goals;
using AdaptiveLearning.Application.Goals.ListGoals;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Goals.ListGoals;

internal sealed class ListGoalsEndpoint(IHandler<ListGoalsQuery, IReadOnlyList<GoalView>> handler) : EndpointWithoutRequest<IReadOnlyList<GoalView>>
{
    public const string Route = "/goals";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Goals"));
        Summary(s => s.Summary = "My study goals, nearest target date first (at most 20, so no paging)");
        Description(x => x.Produces<IReadOnlyList<GoalView>>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListGoalsQuery(User.UserId()), ct), ct);
}
