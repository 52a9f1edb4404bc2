using System.Reflection;
using System.Text.Json.Nodes;
using AdaptiveLearning.Api.FunctionalTests.OpenApi;
using AdaptiveLearning.Client;
using Refit;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>
/// The SDK and sdk/openapi/openapi.json describe the same API: one Refit method per operation, same
/// verb and route, named after the operationId, in the interface of the operation's area.
/// </summary>
public sealed class SdkContractTests
{
    private static readonly List<OpenApiDocumentTests.Operation> Operations =
        OpenApiDocumentTests.Operations(JsonNode.Parse(File.ReadAllText(RepositoryFiles.OpenApiDocument))!).ToList();

    private static readonly List<SdkMethod> Methods = SdkMethod.All().ToList();

    [Test]
    public void EveryOperationHasExactlyOneSdkMethodWithTheSameVerbAndRoute()
    {
        Assert.Multiple(() =>
        {
            foreach (var op in Operations)
                Assert.That(Methods.Where(m => m.Matches(op)).Select(m => m.ToString()), Has.Exactly(1).Items,
                    $"{op} needs one method in sdk/csharp/AdaptiveLearning.Client/Resources/{Area(op)}/I{Area(op)}Api.cs, such as\n    "
                    + RefitSignature.Suggest(op));
        });
    }

    [Test]
    public void EverySdkMethodHasExactlyOneOperation()
    {
        Assert.Multiple(() =>
        {
            foreach (var method in Methods)
                Assert.That(Operations.Where(method.Matches).Select(o => o.ToString()), Has.Exactly(1).Items,
                    $"{method} calls no operation of the document (or several)");
        });
    }

    [Test]
    public void SdkMethodsAreNamedAndPlacedAfterTheirOperation()
    {
        Assert.Multiple(() =>
        {
            foreach (var (method, op) in Methods.SelectMany(m => Operations.Where(m.Matches).Select(o => (m, o))))
            {
                var area = Area(op);
                Assert.That(method.Method.Name, Is.EqualTo(op.Id + "Async"), $"{op}");
                Assert.That(method.Method.DeclaringType!.Name, Is.EqualTo($"I{area}Api"), $"{op}: interface of its area");
                Assert.That(method.Method.DeclaringType.Namespace, Does.EndWith($".Resources.{area}"), $"{op}");
                Assert.That(method.SendsBearerToken, Is.EqualTo(op.RequiresBearer), $"{op}: bearer token marker");
                Assert.That(method.Method.GetParameters().LastOrDefault()?.ParameterType, Is.EqualTo(typeof(CancellationToken)), $"{method}: cancellation");
            }
        });
    }

    [Test]
    public void EveryAreaIsReachableFromTheClient()
    {
        var areas = Methods.Select(m => m.Method.DeclaringType!).Distinct();
        var exposed = typeof(AdaptiveLearningClient).GetProperties().Select(p => p.PropertyType).ToHashSet();

        Assert.That(areas.Where(a => !exposed.Contains(a)).Select(a => a.Name), Is.Empty, "a property on AdaptiveLearningClient per area");
    }

    private static string Area(OpenApiDocumentTests.Operation op) => op.Node["tags"]?[0]?.GetValue<string>() ?? "<Area>";

    private sealed record SdkMethod(MethodInfo Method, string Verb, string Route, bool SendsBearerToken)
    {
        public static IEnumerable<SdkMethod> All() =>
            from type in typeof(AdaptiveLearningClient).Assembly.GetExportedTypes()
            where type.IsInterface && type.Namespace?.Contains(".Resources.") == true
            from method in type.GetMethods()
            let http = method.GetCustomAttribute<HttpMethodAttribute>()
            where http is not null
            select new SdkMethod(method, http.Method.Method.ToLowerInvariant(), http.Path, IsBearer(method));

        // A fixed query in the Refit route (review-log?format=json) picks a representation; the operation is the path.
        public bool Matches(OpenApiDocumentTests.Operation op) =>
            op.Verb == Verb && string.Equals(op.Path, Route.Split('?')[0], StringComparison.Ordinal);

        public override string ToString() => $"{Method.DeclaringType!.Name}.{Method.Name} ({Verb.ToUpperInvariant()} {Route})";

        private static bool IsBearer(MethodInfo method) =>
            method.GetCustomAttributes<HeadersAttribute>().Concat(method.DeclaringType!.GetCustomAttributes<HeadersAttribute>())
                .SelectMany(h => h.Headers)
                .Any(h => h.Replace(" ", "").Equals("Authorization:Bearer", StringComparison.OrdinalIgnoreCase));
    }
}
