using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Models.FitKnowledgeTracing;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Models.FitKnowledgeTracing;

internal sealed class FitKnowledgeTracingEndpoint(IHandler<FitKnowledgeTracingCommand, KnowledgeTracingFit> handler)
    : EndpointWithoutRequest<KnowledgeTracingFit>
{
    public override void Configure()
    {
        Post(ModelRoutes.FitTracing);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Models"));
        Summary(s =>
        {
            s.Summary = "Refit BKT per facet and calibrate IRT items from the attempt log (admins)";
            s.Description = "Synchronous: seconds even for a few hundred thousand answers. Facets and items with too few answers keep their defaults.";
        });
        Description(x => x.Produces<KnowledgeTracingFit>().ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new FitKnowledgeTracingCommand(), ct), ct);
}
