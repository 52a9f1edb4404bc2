using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;
using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Content;

/// <summary>One fixed serialisation for stored content, so hashes never depend on who wrote it.</summary>
internal static class CanonicalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { WireNames.JsonConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
