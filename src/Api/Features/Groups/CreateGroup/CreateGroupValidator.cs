using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.CreateGroup;

internal sealed class CreateGroupValidator : Validator<CreateGroupRequest>
{
    public CreateGroupValidator() => GroupFieldRules.Name(RuleFor(r => r.Name));
}
