using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy.ReorderHierarchyNodes;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Hierarchy.ReorderHierarchyNodes;

internal sealed class ReorderHierarchyNodesEndpoint(IHandler<ReorderHierarchyNodesCommand, bool> handler)
    : Endpoint<ReorderHierarchyNodesRequest>
{
    public override void Configure()
    {
        Post(ReorderHierarchyNodesRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Admin);
        Options(x => x.WithTags("Hierarchy"));
        Summary(s => s.Summary = "Set the order of a node's children (authors and admins)");
        Description(x => x.Produces(204).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(ReorderHierarchyNodesRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new ReorderHierarchyNodesCommand(req.ParentPath, req.Codes), ct);
        await Send.NoContentAsync(ct);
    }
}
