using System.Reflection;

namespace AdaptiveLearning.ArchTests;

/// <summary>The four layers' assemblies and root namespaces, loaded once for every rule.</summary>
internal static class Layers
{
    public const string DomainLayer = "AdaptiveLearning.Domain";
    public const string ApplicationLayer = "AdaptiveLearning.Application";
    public const string InfrastructureLayer = "AdaptiveLearning.Infrastructure";
    public const string ApiLayer = "AdaptiveLearning.Api";
    public const string FeaturesLayer = ApiLayer + ".Features";

    public static Assembly Load(string layer) => Assembly.Load(layer);

    /// <summary>Types the compiler wrote for lambdas, closures and records are not part of the design.</summary>
    public static IEnumerable<Type> DesignedTypes(string layer) =>
        Load(layer).GetTypes().Where(t => !t.Name.Contains('<') && !t.Name.StartsWith("__", StringComparison.Ordinal));
}
