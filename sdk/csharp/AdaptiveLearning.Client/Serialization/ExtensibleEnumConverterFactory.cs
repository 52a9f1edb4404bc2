using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdaptiveLearning.Client.Serialization;

/// <summary>
/// Reads every enum leniently: a value the server added after this SDK was built becomes
/// <see cref="AdaptiveLearningEnums.Unknown{TEnum}"/> instead of failing the whole response.
/// </summary>
internal sealed class ExtensibleEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ExtensibleEnumConverter<>).MakeGenericType(typeToConvert))!;
}
