using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.ListNotifications;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.ListNotifications;

internal sealed class ListNotificationsValidator : Validator<ListNotificationsRequest>
{
    public ListNotificationsValidator()
    {
        RuleFor(r => r.Cursor).Must(c => KeysetCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ListNotificationsQuery.MaxLimit);
    }
}
