using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Models;

namespace AdaptiveLearning.Application.Models.RunCorrectnessTraining;

/// <summary>Trains the correctness model on the whole attempt log and starts serving it; run by the background trainer and the CLI.</summary>
internal sealed class RunCorrectnessTrainingHandler(IAttemptLog log, ICorrectnessModels models, AdaptiveOptions options)
    : IHandler<RunCorrectnessTrainingCommand, CorrectnessModelInfo>
{
    public async Task<CorrectnessModelInfo> HandleAsync(RunCorrectnessTrainingCommand request, CancellationToken ct)
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
