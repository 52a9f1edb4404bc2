using System.Text.Json;
using System.Text.Json.Serialization;
using AdaptiveLearning.Client;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>The SDK speaks the API's JSON even where NSwag's generated attributes say otherwise.</summary>
public sealed class SdkJsonTests
{
    [Test]
    public void EnumsTravelAsTheApisSnakeCaseNamesDespiteNSwagsConverterAttribute()
    {
        var json = JsonSerializer.Serialize(new GeneratedLikeModel { Type = Kind.MultipleChoice, Maybe = Kind.TrueFalse }, ClientJson.Options);
        var back = JsonSerializer.Deserialize<GeneratedLikeModel>("""{"type":"true_false","maybe":"multiple_choice"}""", ClientJson.Options)!;

        Assert.That(json, Is.EqualTo("""{"type":"multiple_choice","maybe":"true_false"}"""));
        Assert.That((back.Type, back.Maybe), Is.EqualTo((Kind.TrueFalse, (Kind?)Kind.MultipleChoice)));
    }

    public enum Kind { MultipleChoice, TrueFalse }

    /// <summary>Shaped like NSwag's System.Text.Json output for an enum property.</summary>
    public sealed class GeneratedLikeModel
    {
        [JsonPropertyName("type")]
        [JsonConverter(typeof(JsonStringEnumConverter<Kind>))]
        public Kind Type { get; set; }

        [JsonPropertyName("maybe")]
        [JsonConverter(typeof(JsonStringEnumConverter<Kind>))]
        public Kind? Maybe { get; set; }
    }
}
