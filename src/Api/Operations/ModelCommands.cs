using System.Text.Json;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Models.FitKnowledgeTracing;
using AdaptiveLearning.Application.Models.RunCorrectnessTraining;
using AdaptiveLearning.Application.Models;
using AdaptiveLearning.Infrastructure.Persistence;

namespace AdaptiveLearning.Api.Operations;

/// <summary>
/// <c>dotnet run --project src/Api -- train-model</c>: refits BKT and IRT, then trains and stores the next correctness
/// model version. Running API instances serve it after their next poll of the model directory, without a restart.
/// </summary>
internal static class ModelCommands
{
    public const string TrainModel = "train-model";

    public static async Task<int> TrainAsync(IServiceProvider services)
    {
        var ct = CancellationToken.None;
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        await using var scope = services.CreateAsyncScope();
        var tracing = await scope.ServiceProvider.GetRequiredService<IHandler<FitKnowledgeTracingCommand, KnowledgeTracingFit>>()
            .HandleAsync(new FitKnowledgeTracingCommand(), ct);
        Console.WriteLine(JsonSerializer.Serialize(tracing));
        try
        {
            var model = await scope.ServiceProvider.GetRequiredService<IHandler<RunCorrectnessTrainingCommand, CorrectnessModelInfo>>()
                .HandleAsync(new RunCorrectnessTrainingCommand(), ct);
            Console.WriteLine(JsonSerializer.Serialize(model));
            return 0;
        }
        catch (ProblemException e)
        {
            Console.Error.WriteLine($"{e.Problem.Code}: {e.Detail}");
            return 1;
        }
    }
}
