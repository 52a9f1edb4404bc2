using Microsoft.ML;
using Microsoft.ML.Data;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

internal static class CorrectnessSchema
{
    public static SchemaDefinition For(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(CorrectnessRow));
        schema[nameof(CorrectnessRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }

    public static IDataView Load(MLContext ml, IEnumerable<CorrectnessRow> rows, int dimension) =>
        ml.Data.LoadFromEnumerable(rows, For(dimension));
}
