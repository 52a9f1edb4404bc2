using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

/// <summary>A model under evaluation: trained on some learners, then predicting others' responses one by one.</summary>
internal interface IKnowledgeTracingCandidate
{
    string Name { get; }

    void Train(IReadOnlyList<AttemptRecord> attempts);

    /// <summary>P(correct) for every attempt, each from the same learner's earlier attempts only.</summary>
    double[] PredictSequentially(IReadOnlyList<AttemptRecord> attempts);
}
