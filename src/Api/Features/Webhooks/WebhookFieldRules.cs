using AdaptiveLearning.Api.Validation;
using AdaptiveLearning.Application.Events;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Webhooks;

internal static class WebhookFieldRules
{
    public const int MaxUrlLength = 2000;

    public static IRuleBuilderOptions<T, string?> WebhookUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxUrlLength)
            .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage("Must be an absolute https URL.");

    public static IRuleBuilderOptions<T, string?> WebhookDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(200).NoControlCharacters();

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> WebhookEventTypes<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(types => types is null || (types.Count > 0 && types.Count <= 50))
            .WithMessage("Name at least one event type.")
            .Must(types => types is null || types.All(t => EventTypes.Subscribable.Contains(t)))
            .WithMessage($"Unknown event type; known: {string.Join(", ", EventTypes.Subscribable)}.");
}
