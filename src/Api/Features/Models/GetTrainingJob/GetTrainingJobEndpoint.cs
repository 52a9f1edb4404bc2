using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Models.GetTrainingJob;
using AdaptiveLearning.Application.Models;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Models.GetTrainingJob;

internal sealed class GetTrainingJobEndpoint(IHandler<GetTrainingJobQuery, TrainingJob> handler) : Endpoint<TrainingJobRequest, TrainingJob>
{
    public override void Configure()
    {
        Get(ModelRoutes.TrainingJob);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Models"));
        Summary(s => s.Summary = "A training job's status: queued, running, succeeded (with the new model) or failed (with a problem code) (admins)");
        Description(x => x.Produces<TrainingJob>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(TrainingJobRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetTrainingJobQuery(req.Id), ct), ct);
}
