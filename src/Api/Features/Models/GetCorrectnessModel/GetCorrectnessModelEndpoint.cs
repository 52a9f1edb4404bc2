using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Models.GetCorrectnessModel;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Models.GetCorrectnessModel;

internal sealed class GetCorrectnessModelEndpoint(IHandler<GetCorrectnessModelQuery, CorrectnessModelStatus> handler)
    : EndpointWithoutRequest<CorrectnessModelStatus>
{
    public override void Configure()
    {
        Get(ModelRoutes.Correctness);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Models"));
        Summary(s => s.Summary = "The served correctness model's version and held-out metrics, stored versions and the latest job (admins)");
        Description(x => x.Produces<CorrectnessModelStatus>().ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetCorrectnessModelQuery(), ct), ct);
}
