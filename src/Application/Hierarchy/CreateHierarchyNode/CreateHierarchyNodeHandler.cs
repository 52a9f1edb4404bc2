using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Hierarchy.CreateHierarchyNode;

internal sealed class CreateHierarchyNodeHandler(IHierarchyRepository nodes, IHierarchyQueries queries)
    : IHandler<CreateHierarchyNodeCommand, HierarchyNodeDto>
{
    public async Task<HierarchyNodeDto> HandleAsync(CreateHierarchyNodeCommand request, CancellationToken ct)
    {
        if (!HierarchyPath.IsValidCode(request.Code))
            throw ProblemException.Field("code", "Use lowercase letters, digits, '-' or '_' (no '__', not starting or ending with '_').");

        HierarchyNode? parent = null;
        if (request.ParentPath is { } parentPath)
        {
            parent = await nodes.GetAsync(HierarchyPaths.ParseOrThrow(parentPath, "parentPath"), ct)
                ?? throw new ProblemException(Problems.NotFound, $"No hierarchy node at '{parentPath}'.");
            if (parent.IsFacet)
                throw new ProblemException(Problems.RuleViolated, "A facet is the lowest level and cannot have children.");
        }

        var path = parent is null ? HierarchyPath.Parse(request.Code) : parent.Path.Child(request.Code);
        var siblings = await nodes.GetChildrenAsync(parent?.Id, ct);
        var node = new HierarchyNode
        {
            ParentId = parent?.Id,
            Path = path,
            Name = request.Name.Trim(),
            Description = request.Description,
            SortOrder = request.Order ?? (siblings.Count == 0 ? 0 : siblings.Max(s => s.SortOrder) + 1),
        };
        try
        {
            await nodes.AddAsync(node, ct);
        }
        catch (DuplicateKeyException)
        {
            throw new ProblemException(Problems.Conflict, $"A node already exists at '{path}'.");
        }
        return (await queries.GetNodeAsync(path.ToString(), includeInactive: true, ct))!;
    }
}
