namespace AdaptiveLearning.Application.Common;

/// <summary>Injected time, so tests can move it without mocks.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }
}
