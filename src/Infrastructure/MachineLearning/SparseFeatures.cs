namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>A feature vector that is mostly zeros: ascending slot indices and their values.</summary>
public sealed record SparseFeatures(int[] Indices, float[] Values);
