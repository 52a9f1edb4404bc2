using System.Reflection;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>The weights of the trained logistic regression, read back from the ML.NET transformer for explanations.</summary>
internal sealed record LinearWeights(float[] Weights, float Bias)
{
    /// <summary>Null for a model that is not linear (a tree ensemble), which has no per-feature weight to explain with.</summary>
    public static LinearWeights? TryFrom(ITransformer transformer) =>
        transformer is ISingleFeaturePredictionTransformer<object> { Model: var model }
        && (model as LinearBinaryModelParameters ?? CalibratedSubModel(model) as LinearBinaryModelParameters) is { } linear
            ? new LinearWeights([.. linear.Weights], linear.Bias)
            : null;

    /// <summary>
    /// A freshly trained and a loaded transformer wrap the linear model in different generic instantiations
    /// of CalibratedModelParametersBase, and the non-generic accessor is internal to ML.NET; the public
    /// SubModel property is the same on all of them.
    /// </summary>
    private static object? CalibratedSubModel(object model)
    {
        for (var type = model.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CalibratedModelParametersBase<,>))
            {
                return type.GetProperty(
                    nameof(CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>.SubModel),
                    BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)?.GetValue(model);
            }
        }

        return null;
    }

    public double Logit(SparseFeatures features)
    {
        double logit = Bias;
        for (var k = 0; k < features.Indices.Length; k++)
        {
            logit += Weights[features.Indices[k]] * features.Values[k];
        }

        return logit;
    }
}
