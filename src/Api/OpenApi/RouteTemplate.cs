using System.Text.RegularExpressions;

namespace AdaptiveLearning.Api.OpenApi;

internal static partial class RouteTemplate
{
    /// <summary>Names of the <c>{x}</c>, <c>{x:int}</c>, <c>{x?}</c> and <c>{*x}</c> segments of a route.</summary>
    public static IReadOnlyList<string> ParameterNames(string route) =>
        Parameter().Matches(route).Select(m => m.Groups["name"].Value).ToList();

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
