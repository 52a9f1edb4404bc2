using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Scheduler.SimulateWorkload;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Scheduler.SimulateWorkload;

internal sealed class SimulateWorkloadEndpoint(IHandler<SimulateWorkloadCommand, WorkloadForecast> handler)
    : Endpoint<SimulateWorkloadRequest, WorkloadForecast>
{
    public override void Configure()
    {
        Post(SimulateWorkloadRequest.Route);
        Options(x => x.WithTags("Scheduler"));
        Summary(s =>
        {
            s.Summary = "Forecast my reviews per day for a desired retention";
            s.Description = "Plays my current cards forward with my FSRS-6 parameters: higher retention means shorter intervals and more reviews.";
        });
        Description(x => x.Produces<WorkloadForecast>().ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(SimulateWorkloadRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new SimulateWorkloadCommand(User.UserId(), req.DesiredRetention, req.Days, req.NewCardsPerDay), ct), ct);
}
