using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AdaptiveLearning.Api.OpenApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.FunctionalTests.OpenApi;

public sealed class EnumNamesTransformerTests
{
    private enum QuestionKind { MultipleChoice, TrueFalse }

    [Test]
    public async Task EnumSchemasCarryTheCSharpMemberNamesInTheOrderOfTheirWireValues()
    {
        var schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("true_false"), JsonValue.Create("multiple_choice")] };
        var context = new OpenApiSchemaTransformerContext
        {
            DocumentName = "v1",
            JsonTypeInfo = JsonTypeInfo.CreateJsonTypeInfo(typeof(QuestionKind?), new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }),
            JsonPropertyInfo = null,
            ParameterDescription = null,
            ApplicationServices = Fixture.Api.Services,
        };

        await new EnumNamesTransformer().TransformAsync(schema, context, CancellationToken.None);

        var names = ((JsonNodeExtension)schema.Extensions!["x-enumNames"]).Node;
        Assert.That(names.ToJsonString(), Is.EqualTo("""["TrueFalse","MultipleChoice"]"""));
    }
}
