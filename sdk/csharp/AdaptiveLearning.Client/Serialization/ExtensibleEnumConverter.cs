using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdaptiveLearning.Client.Serialization;

/// <summary>An enum as the API's snake_case string; unknown strings read as the enum's unknown value.</summary>
internal sealed class ExtensibleEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByWireName = WireNames().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
    private static readonly Dictionary<TEnum, string> ByValue = WireNames()
        .GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.First().Name);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return reader.GetString() is { } name && ByWireName.TryGetValue(name, out var known) ? known : AdaptiveLearningEnums.Unknown<TEnum>();
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
            return Enum.IsDefined(typeof(TEnum), number) ? (TEnum)Enum.ToObject(typeof(TEnum), number) : AdaptiveLearningEnums.Unknown<TEnum>();
        throw new JsonException($"Expected a string for {typeof(TEnum).Name}, got {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!ByValue.TryGetValue(value, out var name))
            throw new JsonException($"{typeof(TEnum).Name} value '{value}' is not one this SDK can send (an unknown value read from the server cannot be sent back).");
        writer.WriteStringValue(name);
    }

    private static IEnumerable<(string Name, TEnum Value)> WireNames() =>
        typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.Name != AdaptiveLearningEnums.UnknownMemberName)
            .Select(f => (f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Name), (TEnum)f.GetValue(null)!));
}
