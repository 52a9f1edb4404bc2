using System.Text.Json.Nodes;
using FastEndpoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Api.FunctionalTests.OpenApi;

/// <summary>The committed contract in sdk/openapi is what the API serves, and it is complete enough to generate clients from.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string[] BodylessVerbs = ["get", "delete", "head"];

    [Test]
    public async Task CommittedDocumentIsWhatTheApiServes()
    {
        var served = JsonNode.Parse(await Api.Anonymous().GetStringAsync(OpenApiRoute));
        var committedText = await RepositoryFiles.CommittedAsync(RepositoryFiles.OpenApiDocumentPath)
                            ?? await File.ReadAllTextAsync(RepositoryFiles.OpenApiDocument);

        var differences = JsonDifferences.Between(JsonNode.Parse(committedText), served).Take(15).ToList();

        Assert.That(differences, Is.Empty,
            "sdk/openapi/openapi.json is out of date: run `dotnet build src/Api` (it rewrites the file) and commit it.");
    }

    [Test]
    public async Task BuildWritesTheDocumentTheApiServes()
    {
        var served = JsonNode.Parse(await Api.Anonymous().GetStringAsync(OpenApiRoute));
        var built = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryFiles.OpenApiDocument));

        Assert.That(JsonDifferences.Between(built, served).Take(15), Is.Empty,
            "the build-time document (Microsoft.Extensions.ApiDescription.Server) and /openapi/v1.json must not depend on how the app runs");
    }

    [Test]
    public async Task EveryOperationHasAnIdATagASummaryAndProblemResponsesWithTheProblemSchema()
    {
        var operations = Operations(await ServedAsync()).ToList();

        Assert.That(operations, Is.Not.Empty);
        Assert.That(operations.Select(o => o.Id).Distinct().Count(), Is.EqualTo(operations.Count), "operationIds are unique");
        Assert.Multiple(() =>
        {
            foreach (var op in operations)
            {
                Assert.That(op.Id, Does.Match("^[A-Z][A-Za-z0-9]+$"), $"{op}: operationId from the endpoint class name");
                Assert.That(op.Node["tags"]?.AsArray().Count, Is.EqualTo(1), $"{op}: one tag (the area)");
                Assert.That(op.Node["summary"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, $"{op}: Summary(...) is set");
                foreach (var (status, response) in op.Node["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
                {
                    var content = response!["content"]!.AsObject();
                    Assert.That(content.Select(c => c.Key), Is.EqualTo(new[] { "application/problem+json" }), $"{op} {status}");
                    Assert.That(content["application/problem+json"]!["schema"]!["$ref"]?.GetValue<string>(),
                        Is.EqualTo("#/components/schemas/ApiProblem"), $"{op} {status}");
                }
                if (BodylessVerbs.Contains(op.Verb))
                    Assert.That(op.Node["requestBody"], Is.Null, $"{op}: no body on {op.Verb}");
                foreach (var name in RouteParameters(op.Path))
                    Assert.That(op.Node["parameters"]?.AsArray().Any(p => p!["in"]!.GetValue<string>() == "path" && p["name"]!.GetValue<string>() == name),
                        Is.True, $"{op}: path parameter {name}");
            }
        });
    }

    [Test]
    public async Task BearerSecurityIsRequiredExactlyWhereTheEndpointIsNotAnonymous()
    {
        var document = await ServedAsync();
        var anonymousIds = Fixture.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<EndpointDefinition>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.Metadata.GetMetadata<EndpointDefinition>()!.EndpointType.Name.Replace("Endpoint", ""))
            .ToHashSet();

        Assert.That(document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>(), Is.EqualTo("bearer"));
        Assert.Multiple(() =>
        {
            foreach (var op in Operations(document))
                Assert.That(op.RequiresBearer, Is.EqualTo(!anonymousIds.Contains(op.Id)), $"{op}: security");
        });
    }

    [Test]
    public async Task NumbersAreNeverAlsoStrings()
    {
        var json = (await ServedAsync()).ToJsonString();

        Assert.That(json, Does.Not.Contain("\"integer\",\"string\"").And.Not.Contain("\"number\",\"string\""),
            "JsonNumberHandling.Strict must reach the OpenAPI generator");
    }

    [Test]
    public async Task RequestBodiesDoNotRepeatTheRouteValues()
    {
        var document = await ServedAsync();

        Assert.Multiple(() =>
        {
            foreach (var op in Operations(document))
            {
                if (op.Node["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>() is not { } reference)
                    continue;
                var properties = document["components"]!["schemas"]![reference.Split('/')[^1]]!["properties"]?.AsObject();
                Assert.That(RouteParameters(op.Path).Where(name => properties?.ContainsKey(name) == true), Is.Empty,
                    $"{op}: the route sets these, so a client must not be asked for them in the body");
            }
        });
    }

    [Test]
    public async Task SchemasGenerateUsableClientTypes()
    {
        var schemas = (await ServedAsync())["components"]!["schemas"]!.AsObject();

        Assert.Multiple(() =>
        {
            // NSwag turns an enum with a null value into an empty class (Rating2) instead of Rating?.
            foreach (var (name, schema) in schemas.Where(s => s.Value?["enum"] is not null))
                Assert.That(schema!["enum"]!.AsArray().Any(v => v is null), Is.False, $"{name}: nullability belongs to the reference");
            // An empty component becomes an empty class; free-form JSON must stay an inline {} (object? in C#).
            Assert.That(schemas.Where(s => s.Value is JsonObject { Count: 0 }).Select(s => s.Key), Is.Empty);
            Assert.That(schemas.Select(s => s.Key).Where(n => n.EndsWith("Dto", StringComparison.Ordinal)), Is.Empty, "SDK names carry no server suffix");
        });
    }

    private const string OpenApiRoute = "/openapi/v1.json";

    private static async Task<JsonNode> ServedAsync() => JsonNode.Parse(await Api.Anonymous().GetStringAsync(OpenApiRoute))!;

    internal sealed record Operation(string Verb, string Path, string Id, JsonNode Node)
    {
        public bool RequiresBearer => Node["security"]?.AsArray().Any(r => r?["Bearer"] is not null) == true;

        public override string ToString() => $"{Verb.ToUpperInvariant()} {Path} ({Id})";
    }

    internal static IEnumerable<Operation> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from verb in path.Value!.AsObject()
        where verb.Key is "get" or "put" or "post" or "delete" or "patch" or "head" or "options"
        select new Operation(verb.Key, path.Key, verb.Value!["operationId"]?.GetValue<string>() ?? "", verb.Value!);

    private static IEnumerable<string> RouteParameters(string path) =>
        System.Text.RegularExpressions.Regex.Matches(path, @"\{([^}:?]+)").Select(m => m.Groups[1].Value);
}
