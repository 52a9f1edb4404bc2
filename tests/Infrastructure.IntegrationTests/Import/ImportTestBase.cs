namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

/// <summary>Every test starts from an empty database.</summary>
public abstract class ImportTestBase
{
    [SetUp]
    public Task ResetDatabaseAsync() => Fixture.ResetAsync();
}
