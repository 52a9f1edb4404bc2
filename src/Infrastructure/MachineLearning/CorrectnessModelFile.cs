namespace AdaptiveLearning.Infrastructure.MachineLearning;

public sealed record CorrectnessModelFile(string Path, CorrectnessModelManifest Manifest);
