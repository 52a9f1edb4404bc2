using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Webhooks.UpdateWebhook;

internal sealed class UpdateWebhookValidator : Validator<UpdateWebhookRequest>
{
    public UpdateWebhookValidator()
    {
        RuleFor(r => r.Url).WebhookUrl();
        RuleFor(r => r.Description).WebhookDescription();
        RuleFor(r => r.EventTypes).WebhookEventTypes();
    }
}
