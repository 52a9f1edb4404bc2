using System.Collections.Concurrent;
using Microsoft.ML;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// PredictionEngine is not thread-safe and Microsoft.Extensions.ML (which has a pool) is not available,
/// so each caller rents an engine for one prediction and gives it back.
/// </summary>
internal sealed class PredictionEnginePool(Func<PredictionEngine<CorrectnessRow, CorrectnessScore>> create)
{
    private readonly ConcurrentBag<PredictionEngine<CorrectnessRow, CorrectnessScore>> _idle = [];

    public CorrectnessScore Predict(CorrectnessRow row)
    {
        var engine = _idle.TryTake(out var idle) ? idle : create();
        try
        {
            return engine.Predict(row);
        }
        finally
        {
            _idle.Add(engine);
        }
    }
}
