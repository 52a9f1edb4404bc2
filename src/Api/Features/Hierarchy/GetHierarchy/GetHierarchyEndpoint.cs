using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy.GetHierarchy;
using AdaptiveLearning.Application.Hierarchy;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Hierarchy.GetHierarchy;

internal sealed class GetHierarchyEndpoint(IHandler<GetHierarchyQuery, IReadOnlyList<HierarchyNodeDto>> handler, RenderedResponseCache rendered)
    : Endpoint<GetHierarchyRequest, HierarchyResponse>
{
    public override void Configure()
    {
        Get(GetHierarchyRequest.Route);
        Options(x => x.WithTags("Hierarchy"));
        Summary(s => s.Summary = "The whole topic > subtopic > leaf > facet tree with published-question counts (ETag aware)");
        Description(x => x.Produces<HierarchyResponse>().Produces(304).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(GetHierarchyRequest req, CancellationToken ct)
    {
        var includeInactive = req.IncludeInactive && User.IsStaff();
        var response = await rendered.GetOrRenderAsync(RenderedKey.Hierarchy(includeInactive),
            async token => new HierarchyResponse(await handler.HandleAsync(new GetHierarchyQuery(includeInactive), token)), ct);
        await Send.ResultAsync(RenderedResult.Conditional(response));
    }
}
