using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy.GetHierarchyNode;
using AdaptiveLearning.Application.Hierarchy;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Hierarchy.GetHierarchyNode;

internal sealed class GetHierarchyNodeEndpoint(IHandler<GetHierarchyNodeQuery, HierarchyNodeDto> handler, RenderedResponseCache rendered)
    : Endpoint<GetHierarchyNodeRequest, HierarchyNodeDto>
{
    public override void Configure()
    {
        Get(GetHierarchyNodeRequest.Route);
        Options(x => x.WithTags("Hierarchy"));
        Summary(s => s.Summary = "One node with its direct children (ETag aware)");
        Description(x => x.Produces<HierarchyNodeDto>().Produces(304).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GetHierarchyNodeRequest req, CancellationToken ct)
    {
        var includeInactive = req.IncludeInactive && User.IsStaff();
        var response = await rendered.GetOrRenderAsync(RenderedKey.HierarchyNode(req.Path, includeInactive),
            token => handler.HandleAsync(new GetHierarchyNodeQuery(req.Path, includeInactive), token), ct);
        await Send.ResultAsync(RenderedResult.Conditional(response));
    }
}
