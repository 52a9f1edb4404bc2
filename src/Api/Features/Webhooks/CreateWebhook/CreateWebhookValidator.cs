using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Webhooks.CreateWebhook;

internal sealed class CreateWebhookValidator : Validator<CreateWebhookRequest>
{
    public CreateWebhookValidator()
    {
        RuleFor(r => r.Url).NotEmpty().WebhookUrl();
        RuleFor(r => r.Description).WebhookDescription();
        RuleFor(r => r.EventTypes).NotNull().WebhookEventTypes();
    }
}
