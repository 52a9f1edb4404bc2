using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Scheduler.OptimizeScheduler;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Scheduler.OptimizeScheduler;

internal sealed class OptimizeSchedulerEndpoint(IHandler<OptimizeSchedulerCommand, SchedulerParameters> handler)
    : EndpointWithoutRequest<SchedulerParameters>
{
    public const string Route = "/users/me/scheduler/optimize";

    public override void Configure()
    {
        Post(Route);
        Options(x => x.WithTags("Scheduler"));
        Summary(s =>
        {
            s.Summary = "Fit my FSRS-6 parameters on my own review log and schedule me with them from now on";
            s.Description = "Below 64 long-term reviews the defaults are kept; below 512 only the initial stabilities are fitted.";
        });
        Description(x => x.Produces<SchedulerParameters>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new OptimizeSchedulerCommand(User.UserId()), ct), ct);
}
