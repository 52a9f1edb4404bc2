namespace AdaptiveLearning.Api.FunctionalTests.Learning;

/// <summary>An empty database and the clock back at the real time before every test.</summary>
public abstract class LearningTestBase : TestBase
{
    [SetUp]
    public void ResetClock() => LearningApi.Clock.UtcNow = DateTimeOffset.UtcNow;

    protected static TestClock Clock => LearningApi.Clock;
}
