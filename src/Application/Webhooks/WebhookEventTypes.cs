using AdaptiveLearning.Application.Events;

namespace AdaptiveLearning.Application.Webhooks;

/// <summary>Subscriptions as they are stored: known types, once each, in catalogue order, separated by spaces.</summary>
public static class WebhookEventTypes
{
    public static IReadOnlyList<string> Normalise(IEnumerable<string> types)
    {
        var wanted = types.ToHashSet(StringComparer.Ordinal);
        return EventTypes.Subscribable.Where(wanted.Contains).ToArray();
    }

    public static string Format(IEnumerable<string> types) => string.Join(' ', Normalise(types));

    public static IReadOnlyList<string> Parse(string stored) => Normalise(stored.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
