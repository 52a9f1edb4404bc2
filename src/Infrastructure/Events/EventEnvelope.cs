using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>
/// The CloudEvents 1.0 structured JSON form every event leaves in (webhook bodies, stream data). Written by hand: the
/// envelope is a handful of attributes, and the payload is already JSON and goes in unchanged.
/// </summary>
internal static class EventEnvelope
{
    public const string ContentType = "application/cloudevents+json";

    public static string Serialize(OutboxRow e, string source)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", e.Id.ToString());
            json.WriteString("source", source);
            json.WriteString("type", e.Type);
            json.WriteString("subject", e.Aggregate);
            json.WriteString("time", e.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("datacontenttype", "application/json");
            // Extension attribute: 1, 2, 3 … within the subject, so a receiver can order and spot gaps.
            if (e.Sequence is { } sequence)
                json.WriteNumber("sequence", sequence);
            json.WritePropertyName("data");
            json.WriteRawValue(e.Payload, skipInputValidation: true);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
