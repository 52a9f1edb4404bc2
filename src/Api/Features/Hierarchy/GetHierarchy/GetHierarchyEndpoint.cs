using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy.GetHierarchy;
using AdaptiveLearning.Application.Hierarchy;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Hierarchy.GetHierarchy;

internal sealed class GetHierarchyEndpoint(IHandler<GetHierarchyQuery, IReadOnlyList<HierarchyNodeDto>> handler)
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
        var topics = await handler.HandleAsync(new GetHierarchyQuery(req.IncludeInactive && User.IsStaff()), ct);
        await Send.ResultAsync(ETagResponse.For(HttpContext, new HierarchyResponse(topics)));
    }
}
