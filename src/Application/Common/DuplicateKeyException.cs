namespace AdaptiveLearning.Application.Common;

/// <summary>
/// Thrown by persistence when a write would duplicate a unique value. It names the field, not an error code:
/// the use case decides what the clash means to the client.
/// </summary>
public sealed class DuplicateKeyException(string field, Exception? inner = null)
    : Exception($"Another record already has this {field}.", inner)
{
    public string Field { get; } = field;
}
