using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Admin.ListUsers;

internal sealed class ListUsersValidator : Validator<ListUsersRequest>
{
    public ListUsersValidator()
    {
        RuleFor(r => r.Q).MaximumLength(254);
        RuleFor(r => r.Role).Must(EnumRule.IsNullOrName<Role>).WithMessage(EnumRule.OneOf<Role>());
        RuleFor(r => r.Cursor).Must(c => KeysetCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, UserListSpecification.MaxLimit);
    }
}
