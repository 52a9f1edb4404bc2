using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Models;

/// <summary>Training, storing and serving versions of the correctness model.</summary>
public interface ICorrectnessModels
{
    /// <summary>The model being served; null before the first training.</summary>
    CorrectnessModelInfo? Current { get; }

    IReadOnlyList<int> StoredVersions();

    /// <summary>Trains on the log (measuring on held-out learners), saves the next version and starts serving it.</summary>
    CorrectnessModelInfo TrainAndServe(IReadOnlyList<AttemptRecord> log, CancellationToken ct);

    /// <summary>Serves the newest stored version if it is newer than the current one (another instance trained it).</summary>
    bool ReloadIfNewer();
}
