using AdaptiveLearning.Api.Validation;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Hierarchy.UpdateHierarchyNode;

internal sealed class UpdateHierarchyNodeValidator : Validator<UpdateHierarchyNodeRequest>
{
    public UpdateHierarchyNodeValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200).NoControlCharacters().When(r => r.Name is not null);
        RuleFor(r => r.Description).MaximumLength(5000).NoControlCharacters();
    }
}
