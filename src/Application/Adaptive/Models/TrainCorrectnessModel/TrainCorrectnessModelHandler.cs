using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Adaptive.Models.TrainCorrectnessModel;

/// <summary>Trains the correctness model on the whole attempt log and starts serving it; run by the background trainer and the CLI.</summary>
internal sealed class TrainCorrectnessModelHandler(IAttemptLog log, ICorrectnessModels models, AdaptiveOptions options)
    : IHandler<TrainCorrectnessModelCommand, CorrectnessModelInfo>
{
    public async Task<CorrectnessModelInfo> HandleAsync(TrainCorrectnessModelCommand request, CancellationToken ct)
    {
        var attempts = await log.LoadAsync(ct);
        if (attempts.Count < options.MinimumTrainingAttempts)
            throw new ProblemException(Problems.NotEnoughData,
                $"The attempt log holds {attempts.Count} answers; training needs at least {options.MinimumTrainingAttempts}.");
        // Logistic regression cannot learn anything from one class.
        if (attempts.All(a => a.Correct) || attempts.All(a => !a.Correct))
            throw new ProblemException(Problems.NotEnoughData, "Training needs both correct and wrong answers.");
        return models.TrainAndServe(attempts, ct);
    }
}
