using Microsoft.AspNetCore.Mvc.Testing;

namespace AdaptiveLearning.Api.FunctionalTests.Review;

/// <summary>Tests that need a second host with Content:RequireReview on, as a content team would run it (ADR 0016).</summary>
public abstract class ReviewRequiredTestBase : TestBase
{
    /// <summary>The host where content goes live only through a reviewer's approval.</summary>
    protected WebApplicationFactory<Program> Reviewed { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartReviewedHost() =>
        Reviewed = Fixture.Api.WithWebHostBuilder(b => b.UseSetting("Content:RequireReview", "true"));

    [OneTimeTearDown]
    public void StopReviewedHost() => Reviewed.Dispose();
}
