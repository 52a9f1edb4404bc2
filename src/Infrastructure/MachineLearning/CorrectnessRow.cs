using Microsoft.ML.Data;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>The ML.NET input row. The vector's length comes from the layout at run time, see <see cref="CorrectnessSchema"/>.</summary>
internal sealed class CorrectnessRow
{
    public bool Label { get; set; }

    public VBuffer<float> Features { get; set; }

    public static CorrectnessRow From(SparseFeatures features, int dimension, bool label = false) => new()
    {
        Label = label,
        Features = new VBuffer<float>(dimension, features.Indices.Length, features.Values, features.Indices),
    };
}
