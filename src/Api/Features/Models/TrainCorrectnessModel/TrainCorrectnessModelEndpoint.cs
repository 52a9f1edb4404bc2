using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Models.TrainCorrectnessModel;
using AdaptiveLearning.Application.Models;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Models.TrainCorrectnessModel;

internal sealed class TrainCorrectnessModelEndpoint(IHandler<TrainCorrectnessModelCommand, TrainingJob> handler) : EndpointWithoutRequest<TrainingJob>
{
    public const string Trigger = "admin";

    public override void Configure()
    {
        Post(ModelRoutes.TrainCorrectness);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Models"));
        Summary(s =>
        {
            s.Summary = "Retrain the correctness predictor from the attempt log in the background (admins)";
            s.Description = "Answers 202 with a job to poll at its Location; when it succeeds the new version is served at once, without a restart.";
        });
        Description(x => x.Produces<TrainingJob>(202).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var job = await handler.HandleAsync(new TrainCorrectnessModelCommand(Trigger), ct);
        LocationHeader.Set(HttpContext, ModelRoutes.JobFor(job.Id));
        await Send.ResponseAsync(job, 202, ct);
    }
}
