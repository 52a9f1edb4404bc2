using Dapper;

namespace AdaptiveLearning.Infrastructure.Hierarchy;

/// <summary>
/// "The question's facet is one of these", written the short way round: as NOT IN the bank's other facets when those
/// are fewer, and as nothing when every facet is wanted. A whole-bank scope with every node active then adds no
/// condition, instead of hundreds of ids to pack into the statement and parse on every request.
/// </summary>
internal static class FacetFilterSql
{
    /// <param name="allFacetIds">Every facet of the bank, inactive ones included.</param>
    public static string For(string column, IReadOnlyCollection<long> wanted, IEnumerable<long> allFacetIds, DynamicParameters parameters,
        string name)
    {
        var wantedIds = wanted.ToHashSet();
        var others = allFacetIds.Where(id => !wantedIds.Contains(id)).ToList();
        if (others.Count == 0)
            return "1 = 1";
        if (others.Count < wantedIds.Count)
        {
            parameters.Add(name, others);
            return $"{column} NOT IN @{name}";
        }
        if (wantedIds.Count == 0)
            return "1 = 0";
        parameters.Add(name, wantedIds.ToList());
        return $"{column} IN @{name}";
    }
}
