namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>The ML.NET output row of the binary classifier.</summary>
internal sealed class CorrectnessScore
{
    public float Probability { get; set; }

    public float Score { get; set; }
}
