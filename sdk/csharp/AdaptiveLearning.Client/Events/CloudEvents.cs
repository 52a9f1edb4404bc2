using System.Text.Json;

namespace AdaptiveLearning.Client;

/// <summary>
/// Reads an event — a webhook delivery's body or a stream message's <see cref="ServerSentEvent.Data"/> — as the typed
/// model of its type: <c>answer.recorded</c> is an <c>AnswerRecordedEvent</c> whose <c>Data</c> is an
/// <c>AnswerRecordedData</c>, and so on for every type in the OpenAPI document's <c>webhooks</c> section.
/// </summary>
/// <example><code>
/// switch (CloudEvents.Read(body))
/// {
///     case AnswerRecordedEvent answer: Sync(answer.Data.LearnerId, answer.Data.QuestionId, answer.Data.Correct); break;
///     case null: break; // a type newer than this SDK: skip it, or read the JSON yourself
/// }
/// </code></example>
public static class CloudEvents
{
    /// <summary>The typed event, or null when its type is newer than this SDK.</summary>
    /// <param name="json">The CloudEvents JSON envelope.</param>
    /// <returns>An instance of the model named after the type (<c>session.ended</c> → <c>SessionEndedEvent</c>), or null.</returns>
    /// <exception cref="JsonException">The text is not a CloudEvents envelope.</exception>
    public static object? Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("type", out var type) || type.GetString() is not { Length: > 0 } name)
            throw new JsonException("The JSON has no CloudEvents 'type'.");
        var model = typeof(CloudEvents).Assembly.GetType($"AdaptiveLearning.Client.Models.{ModelName(name)}");
        return model is null ? null : document.RootElement.Deserialize(model, ClientJson.Options);
    }

    /// <summary>The event as <typeparamref name="TEvent"/>, when the caller already knows its type.</summary>
    /// <typeparam name="TEvent">A model such as <c>AnswerRecordedEvent</c>.</typeparam>
    /// <param name="json">The CloudEvents JSON envelope.</param>
    /// <returns>The typed event.</returns>
    public static TEvent Read<TEvent>(string json) =>
        JsonSerializer.Deserialize<TEvent>(json, ClientJson.Options) ?? throw new JsonException("The JSON is null.");

    /// <summary><c>answer.recorded</c> → <c>AnswerRecordedEvent</c>: the name the OpenAPI document gives the type's envelope.</summary>
    private static string ModelName(string type) =>
        string.Concat(type.Split('.', '_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Event";
}
