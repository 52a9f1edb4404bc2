using Dapper;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>Builds one parameterised multi-row VALUES list: far fewer round trips than a statement per row.</summary>
internal static class MultiRowValues
{
    public const int RowsPerStatement = 250;

    public static (string Sql, DynamicParameters Parameters) Build<T>(IReadOnlyList<T> rows, IReadOnlyList<Func<T, object?>> columns)
    {
        var parameters = new DynamicParameters();
        var tuples = rows.Select((row, r) => "(" + string.Join(", ", columns.Select((column, c) =>
        {
            var name = $"v{r}_{c}";
            parameters.Add(name, column(row));
            return "@" + name;
        })) + ")");
        return (string.Join(",\n", tuples), parameters);
    }
}
