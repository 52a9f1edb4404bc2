namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>Every test starts from an empty database (plus the configured admin).</summary>
public abstract class TestBase
{
    [SetUp]
    public Task ResetDatabaseAsync() => Fixture.ResetAsync();
}
