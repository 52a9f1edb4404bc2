using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.ItemAnalysis;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>A question's flags as its summary row stores them: the same JSON the API sends.</summary>
internal static class ItemFlagJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { WireNames.JsonConverter() } };

    public static string Write(IReadOnlyList<ItemFlag> flags) => JsonSerializer.Serialize(flags, Options);

    public static IReadOnlyList<ItemFlag> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<ItemFlag[]>(json, Options) ?? [];
}
