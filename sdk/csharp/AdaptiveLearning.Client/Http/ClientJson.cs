using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AdaptiveLearning.Client.Serialization;

namespace AdaptiveLearning.Client;

/// <summary>The API's JSON conventions: camelCase, nulls omitted, strict numbers, enums as snake_case strings read leniently.</summary>
internal static class ClientJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { UseApiEnumNames } },
        };
        options.Converters.Add(new ExtensibleEnumConverterFactory());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// NSwag pins every enum property to a JsonStringEnumConverter without a naming policy, which
    /// would send <c>MultipleChoice</c> where the API expects <c>multiple_choice</c>; drop it so the
    /// extensible snake_case converter above applies.
    /// </summary>
    private static void UseApiEnumNames(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (valueType.IsEnum && property.CustomConverter is not null)
                property.CustomConverter = null;
        }
    }
}
