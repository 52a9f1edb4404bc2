using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Hierarchy.ReorderHierarchyNodes;

internal sealed class ReorderHierarchyNodesValidator : Validator<ReorderHierarchyNodesRequest>
{
    public ReorderHierarchyNodesValidator() => RuleFor(r => r.Codes).NotEmpty().Must(c => c.Count <= 1000);
}
