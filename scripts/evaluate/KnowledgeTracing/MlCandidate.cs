using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Infrastructure.MachineLearning;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

internal sealed class MlCandidate(CorrectnessTrainingOptions options) : IKnowledgeTracingCandidate
{
    public string Name => "ml";

    public CorrectnessModel? Model { get; private set; }

    public void Train(IReadOnlyList<AttemptRecord> attempts) =>
        Model = new CorrectnessModelTrainer(options, TimeProvider.System).Train([.. attempts]);

    public double[] PredictSequentially(IReadOnlyList<AttemptRecord> attempts)
    {
        var model = Model ?? throw new InvalidOperationException("Train first.");
        return model.PredictBatch([.. model.Features.BuildForLog(attempts).Select(r => r.Features)]);
    }
}
