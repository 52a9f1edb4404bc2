using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy.UpdateHierarchyNode;
using AdaptiveLearning.Application.Hierarchy;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Hierarchy.UpdateHierarchyNode;

internal sealed class UpdateHierarchyNodeEndpoint(IHandler<UpdateHierarchyNodeCommand, HierarchyNodeDto> handler)
    : Endpoint<UpdateHierarchyNodeRequest, HierarchyNodeDto>
{
    public override void Configure()
    {
        Patch(UpdateHierarchyNodeRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Admin);
        Options(x => x.WithTags("Hierarchy"));
        Summary(s => s.Summary = "Rename, describe, deactivate or reactivate a node (authors and admins)");
        Description(x => x.Produces<HierarchyNodeDto>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403)
            .ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(UpdateHierarchyNodeRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new UpdateHierarchyNodeCommand(req.Path, req.Name, req.Description, req.Active), ct), ct);
}
