using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Models.TrainCorrectnessModel;
using AdaptiveLearning.Application.Models;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Models.TrainCorrectnessModel;

internal sealed class TrainCorrectnessModelEndpoint(IHandler<TrainCorrectnessModelCommand, TrainingJob> handler) : EndpointWithoutRequest<TrainingJob>
{
    public override void Configure()
    {
        Post(ModelRoutes.TrainCorrectness);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Models"));
        Summary(s =>
        {
            s.Summary = "Retrain the correctness predictor from the attempt log in the background (admins)";
            s.Description = "Answers 202 with a durable job to poll at its Location (on any instance); a request while a job waits gets that job. "
                + "Whichever instance runs it serves the new version at once, the others within Adaptive:Models:PollSeconds, without a restart.";
        });
        Description(x => x.Produces<TrainingJob>(202).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var job = await handler.HandleAsync(new TrainCorrectnessModelCommand(CorrectnessTrainingJob.AdminTrigger), ct);
        LocationHeader.Set(HttpContext, ModelRoutes.JobFor(job.Id));
        await Send.ResponseAsync(job, 202, ct);
    }
}
