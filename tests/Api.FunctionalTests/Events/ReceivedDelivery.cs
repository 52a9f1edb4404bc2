using System.Text.Json.Nodes;

namespace AdaptiveLearning.Api.FunctionalTests.Events;

/// <summary>One request the test receiver got, as it arrived on the wire.</summary>
internal sealed record ReceivedDelivery(string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public string EventId => Headers.GetValueOrDefault("Webhook-Id", "");
    public string? Timestamp => Headers.GetValueOrDefault("Webhook-Timestamp");
    public string? Signature => Headers.GetValueOrDefault("Webhook-Signature");
    public JsonNode Json => JsonNode.Parse(Body)!;
    public string Type => (string)Json["type"]!;
    public long Sequence => (long)Json["sequence"]!;
}
