using System.Reflection;
using AdaptiveLearning.Client;
using FastEndpoints;
using static AdaptiveLearning.ArchTests.Layers;

namespace AdaptiveLearning.ArchTests;

/// <summary>One map on every floor: a route's endpoint, its use case and its SDK resource share area and use-case names.</summary>
public sealed class AreaMapTests
{
    private static IEnumerable<string> EndpointFolders() => DesignedTypes(ApiLayer)
        .Where(t => !t.IsAbstract && typeof(IEndpoint).IsAssignableFrom(t) && t.Namespace!.StartsWith(FeaturesLayer + ".", StringComparison.Ordinal))
        .Select(t => t.Namespace![(FeaturesLayer.Length + 1)..])
        .Distinct()
        .Order();

    [Test]
    public void EveryEndpointFolderHasItsUseCaseAtTheSamePathInTheApplication()
    {
        var useCases = DesignedTypes(ApplicationLayer).Select(t => t.Namespace).OfType<string>().ToHashSet();
        var orphans = EndpointFolders().Where(folder => !useCases.Contains($"{ApplicationLayer}.{folder}"));

        Assert.That(orphans, Is.Empty, "Api/Features/<Area>/<UseCase> mirrors Application/<Area>/<UseCase>");
    }

    [Test]
    public void EveryEndpointAreaIsAnSdkResource()
    {
        var resources = typeof(AdaptiveLearningClient).Assembly.GetTypes()
            .Where(t => t.IsInterface && t.Name.StartsWith('I') && t.Name.EndsWith("Api", StringComparison.Ordinal))
            .Select(t => t.Name[1..^"Api".Length])
            .ToHashSet();
        var areas = EndpointFolders().Select(f => f.Split('.')[0]).Distinct();

        Assert.That(areas.Where(a => !resources.Contains(a)), Is.Empty, "the SDK's resources carry the API's area names");
    }
}
