using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy.GetHierarchyNode;
using AdaptiveLearning.Application.Hierarchy;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Hierarchy.GetHierarchyNode;

internal sealed class GetHierarchyNodeEndpoint(IHandler<GetHierarchyNodeQuery, HierarchyNodeDto> handler)
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
        var node = await handler.HandleAsync(new GetHierarchyNodeQuery(req.Path, req.IncludeInactive && User.IsStaff()), ct);
        await Send.ResultAsync(ETagResponse.For(HttpContext, node));
    }
}
