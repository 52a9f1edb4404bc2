using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>Component names, which generated clients use as their type names.</summary>
internal static class SchemaNames
{
    private const string ServerSuffix = "Dto";

    /// <summary>
    /// The class name without the server-side <c>Dto</c> suffix (SDK users read <c>Question</c>, not
    /// <c>QuestionDto</c>). Free-form JSON (question metadata) gets no component and stays an inline
    /// <c>{}</c>: as an empty component NSwag would make an empty class of it instead of <c>object</c>.
    /// </summary>
    public static string? For(JsonTypeInfo type)
    {
        if ((Nullable.GetUnderlyingType(type.Type) ?? type.Type) == typeof(JsonElement))
            return null;
        var name = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        return name is { Length: > 3 } && name.EndsWith(ServerSuffix, StringComparison.Ordinal) ? name[..^ServerSuffix.Length] : name;
    }
}
