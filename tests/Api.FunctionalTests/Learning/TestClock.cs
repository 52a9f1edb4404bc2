using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

/// <summary>The API's clock in learning tests: tests move it to cross day boundaries.</summary>
public sealed class TestClock : IClock
{
    public DateTimeOffset UtcNow { get; set; } = DateTimeOffset.UtcNow;
}
