using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy.CreateHierarchyNode;
using AdaptiveLearning.Application.Hierarchy;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Hierarchy.CreateHierarchyNode;

internal sealed class CreateHierarchyNodeEndpoint(IHandler<CreateHierarchyNodeCommand, HierarchyNodeDto> handler)
    : Endpoint<CreateHierarchyNodeRequest, HierarchyNodeDto>
{
    public override void Configure()
    {
        Post(CreateHierarchyNodeRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Admin);
        Options(x => x.WithTags("Hierarchy"));
        Summary(s => s.Summary = "Create a topic, subtopic, leaf or facet (authors and admins)");
        Description(x => x.Produces<HierarchyNodeDto>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403)
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateHierarchyNodeRequest req, CancellationToken ct)
    {
        var node = await handler.HandleAsync(new CreateHierarchyNodeCommand(req.ParentPath, req.Code, req.Name, req.Description, req.Order), ct);
        LocationHeader.Set(HttpContext, GetHierarchyNode.GetHierarchyNodeRequest.For(node.Path));
        await Send.ResponseAsync(node, 201, ct);
    }
}
