using AdaptiveLearning.Api.Validation;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Hierarchy.CreateHierarchyNode;

internal sealed class CreateHierarchyNodeValidator : Validator<CreateHierarchyNodeRequest>
{
    public CreateHierarchyNodeValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(64).NoControlCharacters();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200).NoControlCharacters();
        RuleFor(r => r.Description).MaximumLength(5000).NoControlCharacters();
        RuleFor(r => r.ParentPath).MaximumLength(300).NoControlCharacters();
    }
}
