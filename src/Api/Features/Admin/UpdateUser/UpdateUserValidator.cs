using AdaptiveLearning.Domain.Users;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Admin.UpdateUser;

internal sealed class UpdateUserValidator : Validator<UpdateUserRequest>
{
    public UpdateUserValidator()
    {
        RuleFor(r => r.Role).Must(EnumRule.IsNullOrName<Role>).WithMessage(EnumRule.OneOf<Role>());
    }
}
