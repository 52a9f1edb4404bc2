using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>How the learning tables store JSON and enum names (snake_case, as the API shows them).</summary>
internal static class LearningJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { WireNames.JsonConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");

    public static CardSnapshot Snapshot(string json) => Deserialize<CardSnapshot>(json);
}
