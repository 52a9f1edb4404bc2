namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// The model the API serves, meant to be a singleton. A retrained model replaces the old one atomically;
/// requests already holding the old model finish with it.
/// </summary>
public sealed class CorrectnessModelHolder(CorrectnessModel? initial = null)
{
    private CorrectnessModel? _current = initial;

    /// <summary>Null until a model has been trained or loaded.</summary>
    public CorrectnessModel? Current => Volatile.Read(ref _current);

    /// <returns>The model that was served before.</returns>
    public CorrectnessModel? Swap(CorrectnessModel model) => Interlocked.Exchange(ref _current, model);
}
