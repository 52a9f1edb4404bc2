using Dapper;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>Builds one parameterised multi-row VALUES list: far fewer round trips than a statement per row.</summary>
internal static class MultiRowValues
{
    public const int RowsPerStatement = 250;

    public static (string Sql, DynamicParameters Parameters) Build<T>(IReadOnlyList<T> rows, IReadOnlyList<Func<T, object?>> columns)
    {
        var parameters = new DynamicParameters();
        return (AddTo(parameters, "v", rows, columns), parameters);
    }

    /// <summary>Adds the rows' values to <paramref name="parameters"/> under names starting with <paramref name="prefix"/>, so several lists can share one command.</summary>
    public static string AddTo<T>(DynamicParameters parameters, string prefix, IReadOnlyList<T> rows, IReadOnlyList<Func<T, object?>> columns)
    {
        var tuples = rows.Select((row, r) => "(" + string.Join(", ", columns.Select((column, c) =>
        {
            var name = $"{prefix}{r}_{c}";
            parameters.Add(name, column(row));
            return "@" + name;
        })) + ")");
        return string.Join(",\n", tuples);
    }
}
