using System.Reflection;
using NetArchTest.Rules;

namespace AdaptiveLearning.ArchTests;

public sealed class LayerDependencyTests
{
    private const string Domain = "AdaptiveLearning.Domain";
    private const string Application = "AdaptiveLearning.Application";
    private const string Infrastructure = "AdaptiveLearning.Infrastructure";
    private const string Api = "AdaptiveLearning.Api";

    private static Assembly Load(string name) => Assembly.Load(name);

    [TestCase(Domain, Application, Infrastructure, Api)]
    [TestCase(Application, Infrastructure, Api)]
    [TestCase(Infrastructure, Api)]
    public void DependenciesPointInwardOnly(string layer, params string[] outerLayers)
    {
        var result = Types.InAssembly(Load(layer)).ShouldNot().HaveDependencyOnAny(outerLayers).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"{layer} must not depend on {string.Join(", ", outerLayers)}");
    }

    [Test]
    public void DomainUsesNoPersistenceOrWebPackages()
    {
        var result = Types.InAssembly(Load(Domain)).ShouldNot()
            .HaveDependencyOnAny("Dapper", "MySqlConnector", "StackExchange.Redis", "Microsoft.AspNetCore", "FastEndpoints", "Microsoft.ML")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void ApplicationDoesNotTalkToTheDatabaseDirectly()
    {
        var result = Types.InAssembly(Load(Application)).ShouldNot()
            .HaveDependencyOnAny("Dapper", "MySqlConnector", "StackExchange.Redis", "FastEndpoints")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }
}
