namespace AdaptiveLearning.Application.Learning.Progress;

/// <summary>Mastery of a node, 0 to 1. Kept behind this port so knowledge tracing (BKT) can replace the baseline.</summary>
public interface IMasteryEstimator
{
    double Estimate(MasteryEvidence evidence);
}
