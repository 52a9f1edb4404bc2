using NetArchTest.Rules;
using static AdaptiveLearning.ArchTests.Layers;

namespace AdaptiveLearning.ArchTests;

public sealed class LayerDependencyTests
{
    [TestCase(DomainLayer, ApplicationLayer, InfrastructureLayer, ApiLayer)]
    [TestCase(ApplicationLayer, InfrastructureLayer, ApiLayer)]
    [TestCase(InfrastructureLayer, ApiLayer)]
    public void DependenciesPointInwardOnly(string layer, params string[] outerLayers)
    {
        var result = Types.InAssembly(Load(layer)).ShouldNot().HaveDependencyOnAny(outerLayers).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"{layer} must not depend on {string.Join(", ", outerLayers)}");
    }

    [Test]
    public void DomainUsesNoPersistenceOrWebPackages()
    {
        var result = Types.InAssembly(Load(DomainLayer)).ShouldNot()
            .HaveDependencyOnAny("Dapper", "MySqlConnector", "StackExchange.Redis", "Microsoft.AspNetCore", "FastEndpoints", "Microsoft.ML")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void ApplicationDoesNotTalkToTheDatabaseDirectly()
    {
        var result = Types.InAssembly(Load(ApplicationLayer)).ShouldNot()
            .HaveDependencyOnAny("Dapper", "MySqlConnector", "StackExchange.Redis", "FastEndpoints")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }
}
