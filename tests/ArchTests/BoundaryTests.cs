using AdaptiveLearning.Application.Common;
using NetArchTest.Rules;
using static AdaptiveLearning.ArchTests.Layers;

namespace AdaptiveLearning.ArchTests;

/// <summary>Who may know what: endpoints talk to use cases, use cases speak no HTTP, persistence picks no API codes.</summary>
public sealed class BoundaryTests
{
    [Test]
    public void EndpointsNeverReachIntoInfrastructure()
    {
        var result = Types.InAssembly(Load(ApiLayer)).That().ResideInNamespaceStartingWith(FeaturesLayer)
            .ShouldNot().HaveDependencyOn(InfrastructureLayer).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void InfrastructureNeitherSpeaksHttpNorChoosesProblemCodes()
    {
        var result = Types.InAssembly(Load(InfrastructureLayer)).ShouldNot()
            .HaveDependencyOnAny("Microsoft.AspNetCore.Http", "FastEndpoints", typeof(Problems).FullName!)
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, "persistence reports typed errors (DuplicateKeyException); use cases choose the problem");
    }

    [Test]
    public void ApplicationUsesNoWebFrameworkAndNoCache()
    {
        var result = Types.InAssembly(Load(ApplicationLayer)).ShouldNot()
            .HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.Extensions.Caching", "ZiggyCreatures")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, "cache invalidation belongs to decorators around the writers, not to handlers");
    }

    [Test]
    public void NoApplicationPortIsACache()
    {
        var caches = DesignedTypes(ApplicationLayer).Where(t => t.IsInterface && t.Name.Contains("Cache", StringComparison.Ordinal));

        Assert.That(caches.Select(t => t.FullName), Is.Empty, "a handler that can call a cache can forget to");
    }

    [Test]
    public void ProblemsCarryAKindNotAnHttpStatus()
    {
        var numbers = typeof(Problem).GetProperties().Where(p => p.PropertyType == typeof(int)).Select(p => p.Name);

        Assert.That(numbers, Is.Empty, "the Api maps ProblemKind to a status in one table (Api/Errors/ProblemStatuses)");
    }

    [Test]
    public void HandlersAreInternalAndSealed()
    {
        var handlers = DesignedTypes(ApplicationLayer).Where(t => t.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandler<,>)));
        var exposed = handlers.Where(t => t.IsPublic || !t.IsSealed).Select(t => t.FullName);

        Assert.Multiple(() =>
        {
            Assert.That(handlers, Is.Not.Empty);
            Assert.That(exposed, Is.Empty, "callers depend on IHandler<,>, never on a handler class");
        });
    }
}
