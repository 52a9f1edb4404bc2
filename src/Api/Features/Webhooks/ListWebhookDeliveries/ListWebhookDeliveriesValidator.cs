using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Webhooks.ListWebhookDeliveries;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Webhooks.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesValidator : Validator<ListWebhookDeliveriesRequest>
{
    public ListWebhookDeliveriesValidator()
    {
        RuleFor(r => r.Cursor).Must(c => KeysetCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ListWebhookDeliveriesQuery.MaxLimit);
    }
}
