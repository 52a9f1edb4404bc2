using System.Text.Json.Nodes;

namespace AdaptiveLearning.Api.FunctionalTests.OpenApi;

/// <summary>
/// Clients built against the released contract (sdk/openapi/released/openapi.json) keep working with the current one,
/// unless the document's version says otherwise. Bump <c>info.version</c> and refresh the released copy to break on purpose.
/// </summary>
public sealed class ContractCompatibilityTests
{
    private const string ReleasedPath = "sdk/openapi/released/openapi.json";

    [Test]
    public async Task TheCurrentContractKeepsEveryPromiseOfTheReleasedOne()
    {
        var released = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, ReleasedPath)))!;
        var current = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryFiles.OpenApiDocument))!;
        if (released["info"]?["version"]?.ToString() != current["info"]?["version"]?.ToString())
            Assert.Ignore("The document's version was bumped: breaking changes are announced, not checked.");

        Assert.That(ContractBreaks.Between(released, current), Is.Empty,
            $"a client built on {ReleasedPath} would break; keep the change additive, or bump info.version and refresh that file");
    }

    [Test]
    public void RemovingAnOperationOrAResponseFieldBreaksClients()
    {
        var released = Document(operation: Op(response: Obj(("id", Str), ("name", Str))));
        var withoutField = Document(operation: Op(response: Obj(("id", Str))));
        var withoutOperation = JsonNode.Parse("""{"paths":{}}""")!;

        Assert.Multiple(() =>
        {
            Assert.That(ContractBreaks.Between(released, withoutField), Has.Some.Contains("field name removed"));
            Assert.That(ContractBreaks.Between(released, withoutOperation), Has.Some.Contains("operation removed"));
        });
    }

    [Test]
    public void ANewRequiredRequestFieldOrANarrowerRequestTypeBreaksClients()
    {
        var released = Document(operation: Op(request: Obj(("limit", Num))));
        var required = Document(operation: Op(request: Obj(["limit", "mode"], ("limit", Num), ("mode", Str))));
        var narrower = Document(operation: Op(request: Obj(("limit", """{"type":"integer"}"""))));
        var enumerated = Document(operation: Op(request: Obj(("limit", """{"type":"number","enum":[1,2]}"""))));

        Assert.Multiple(() =>
        {
            Assert.That(ContractBreaks.Between(released, required), Has.Some.Contains("field mode is newly required"));
            Assert.That(ContractBreaks.Between(released, narrower), Has.Some.Contains("accepts integer"));
            Assert.That(ContractBreaks.Between(released, enumerated), Has.Some.Contains("accepts fewer values"));
        });
    }

    [Test]
    public void AResponseFieldThatMayNowBeNullBreaksClientsButAdditionsDoNot()
    {
        var released = Document(operation: Op(request: Obj(("a", Str)), response: Obj(("id", Str))));
        var nullable = Document(operation: Op(request: Obj(("a", Str)), response: Obj(("id", """{"type":["string","null"]}"""))));
        var additive = Document(operation: Op(request: Obj(("a", """{"type":["string","null"]}"""), ("b", Str)),
            response: Obj(("id", Str), ("extra", Num))));

        Assert.Multiple(() =>
        {
            Assert.That(ContractBreaks.Between(released, nullable), Has.Some.Contains("may now be null"));
            Assert.That(ContractBreaks.Between(released, additive), Is.Empty);
        });
    }

    private const string Str = """{"type":"string"}""";
    private const string Num = """{"type":"number"}""";

    private static string Obj(params (string Name, string Schema)[] properties) => Obj([], properties);

    private static string Obj(string[] required, params (string Name, string Schema)[] properties) =>
        "{\"type\":\"object\",\"required\":[" + string.Join(",", required.Select(r => $"\"{r}\"")) + "],\"properties\":{"
        + string.Join(",", properties.Select(p => $"\"{p.Name}\":{p.Schema}")) + "}}";

    private static string Op(string? request = null, string? response = null) =>
        "{\"requestBody\":{\"content\":{\"application/json\":{\"schema\":" + (request ?? "{}") + "}}},"
        + "\"responses\":{\"200\":{\"content\":{\"application/json\":{\"schema\":" + (response ?? "{}") + "}}}}}";

    private static JsonNode Document(string operation) => JsonNode.Parse("{\"paths\":{\"/things\":{\"post\":" + operation + "}}}")!;
}
