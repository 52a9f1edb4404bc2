using System.Collections.Frozen;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace AdaptiveLearning.Domain.Common;

/// <summary>
/// The one naming rule for enum values outside the process (JSON, OpenAPI, database columns, import files):
/// snake_case of the member name, so <c>QuestionStatus.InReview</c> is <c>in_review</c> everywhere.
/// </summary>
public static class WireNames
{
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.SnakeCaseLower;

    public static JsonStringEnumConverter JsonConverter() => new(Policy);

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : Policy.ConvertName(value.ToString());

    /// <summary>Only an exact wire name parses: no numbers, no C# member names, no other casing.</summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return name is not null && Names<TEnum>.ByName.TryGetValue(name, out value);
    }

    public static TEnum Parse<TEnum>(string name) where TEnum : struct, Enum =>
        TryParse(name, out TEnum value) ? value : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name} name.");

    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => Names<TEnum>.InOrder;

    /// <summary>The wire names of <paramref name="enumType"/>'s members, in value order, for callers that hold only a Type.</summary>
    public static IReadOnlyList<string> All(Type enumType) => Enum.GetNames(enumType).Select(Policy.ConvertName).ToArray();

    private static class Names<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> InOrder = Enum.GetValues<TEnum>().Select(v => Policy.ConvertName(v.ToString())).ToArray();
        public static readonly FrozenDictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => Policy.ConvertName(v.ToString()));
        public static readonly FrozenDictionary<string, TEnum> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
