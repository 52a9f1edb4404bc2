namespace AdaptiveLearning.Infrastructure.MachineLearning;

public enum CorrectnessTrainerKind
{
    LbfgsLogisticRegression,
    SdcaLogisticRegression,
    LightGbm,
}
